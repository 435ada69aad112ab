import type { GlobalConfig } from 'payload'

import { isCityOfficer, isStaff } from '../access/roles'
import { revalidateSiteSettings } from '../hooks/revalidate/site-settings'

/** What the public site says about its publisher: the bureau, its contacts, the 备案 numbers and the logo. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { zh: '公开网站设置', en: 'Public site settings' },
  admin: { group: { zh: '系统', en: 'System' } },
  // Staff read it in the admin; city officers (and admins) change it; each change is kept as a version.
  access: { read: isStaff, update: isCityOfficer, readVersions: isCityOfficer },
  versions: { max: 25 },
  hooks: { afterChange: [revalidateSiteSettings] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'siteTitle', type: 'text', maxLength: 40, defaultValue: '创新载体公开信息', label: { zh: '网站名称', en: 'Site title' } },
        { name: 'bureauName', type: 'text', maxLength: 60, label: { zh: '主办单位', en: 'Publisher (bureau)' }, admin: { description: { zh: '如：宁波市科学技术局', en: 'e.g. Ningbo Municipal Science and Technology Bureau' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'text', maxLength: 120, label: { zh: '地址', en: 'Address' } },
        { name: 'postcode', type: 'text', maxLength: 10, label: { zh: '邮编', en: 'Postcode' }, validate: (v: unknown) => !v || /^\d{6}$/.test(String(v)) || '邮编为6位数字 / a postcode has 6 digits' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', maxLength: 40, label: { zh: '联系电话', en: 'Phone' } },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'icpNumber', type: 'text', maxLength: 40, label: { zh: 'ICP备案号', en: 'ICP filing number' }, admin: { description: { zh: '如：浙ICP备12345678号', en: 'e.g. 浙ICP备12345678号' } } },
        { name: 'psbNumber', type: 'text', maxLength: 40, label: { zh: '公安机关备案号', en: 'Public security filing number' }, admin: { description: { zh: '如：浙公网安备 33020302000001号', en: 'e.g. 浙公网安备 33020302000001号' } } },
      ],
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '标志（PNG、JPEG、GIF 或 WebP）', en: 'Logo (PNG, JPEG, GIF or WebP)' },
      filterOptions: { mimeType: { in: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] } },
    },
  ],
}
