// The public pages' data, cached by Next and tagged by what it shows (see public-cache.ts). The queries
// themselves are in public-records.ts and know nothing of Next.
import config from '@payload-config'
import { getPayload } from 'payload'

import { serverURL } from '../../config/env'
import { cachedQuery, PUBLIC_TAGS } from './public-cache'
import * as records from './public-records'

const payload = () => getPayload({ config })
const lists = () => [PUBLIC_TAGS.lists]
const emptyPage = <T>(): records.Page<T> => ({ docs: [], totalDocs: 0, page: 1, totalPages: 1, pageSize: records.PAGE_SIZE })

export const baseUrl = (): string => serverURL().replace(/\/$/, '')

export const getSiteSettings = cachedQuery('site', async () => records.siteSettings(await payload()), () => [PUBLIC_TAGS.site], records.DEFAULT_SITE_SETTINGS)

export const getSiteLogo = cachedQuery('site-logo', async () => records.siteLogo(await payload()), () => [PUBLIC_TAGS.site], null)

export const getRegister = cachedQuery('register', async (query: records.RegisterQuery) => records.listRegister(await payload(), query), lists, emptyPage<records.PublicCarrierRow>())

export const getRegisterFacets = cachedQuery('facets', async () => records.registerFacets(await payload()), lists, { kinds: [], policySets: [], districts: [], years: [] } as records.RegisterFacets)

export const getCarrier = cachedQuery('carrier', async (id: string) => records.findPublicCarrier(await payload(), id), (id) => [PUBLIC_TAGS.carrier(id)], null)

export const getProgramInfo = cachedQuery('program', async (id: string) => records.programNoticeInfo(await payload(), id), (id) => [PUBLIC_TAGS.program(id)], null)

export const getOpenNotices = cachedQuery('notices', async () => records.listNoticeBoard(await payload()), lists, [] as records.NoticeGroup[])

export const getNoticeArchive = cachedQuery('archive', async (page: number) => records.listNoticeArchive(await payload(), page), lists, emptyPage<records.ArchivedNotice>())

export const getStatistics = cachedQuery(
  'statistics',
  async () => records.publicStatistics(await payload()),
  lists,
  { total: 0, openNotices: 0, ended: 0, byKind: [], byDistrict: [], byYear: [], byPolicySet: [] } as records.PublicStatistics,
)

export const getOpenData = cachedQuery('open-data', async () => records.openDataRows(await payload(), baseUrl()), lists, [] as records.OpenDataRow[])

export const getCarrierPages = cachedQuery('sitemap', async () => records.publicCarrierPages(await payload()), lists, [] as { id: number | string; updatedAt: string | null }[])

export const getRecentNotices = cachedQuery('feed', async () => records.recentNotices(await payload()), lists, [] as records.PublicNoticeRow[])
