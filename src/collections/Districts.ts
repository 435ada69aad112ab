import type { CollectionConfig } from 'payload'

import { isAdmin, isLoggedIn } from '../access/roles'
import { revalidateDistrict } from '../hooks/revalidate/districts'

export const Districts: CollectionConfig = {
  slug: 'districts',
  labels: { singular: { zh: '区县', en: 'District' }, plural: { zh: '区县', en: 'Districts' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'city', 'code'], group: { zh: '系统', en: 'System' } },
  access: { read: isLoggedIn, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [revalidateDistrict] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
    // For the English admin: the district's bureau is named in English (Yinzhou District S&T Bureau).
    { name: 'nameEn', type: 'text', label: { zh: '英文名称', en: 'English name' }, admin: { description: { zh: '如：Yinzhou District', en: 'e.g. Yinzhou District' } } },
    { name: 'city', type: 'text', required: true, label: { zh: '所属城市', en: 'City' } },
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { zh: '行政区划代码', en: 'Division code' } },
  ],
}
