// The open data's columns: the CSV's Chinese headers and the JSON's keys, in one place.
import type { OpenDataRow } from '@/lib/public-records'

export const OPEN_DATA_FIELDS: { key: keyof OpenDataRow; header: string; description: string }[] = [
  { key: 'id', header: '编号', description: '本网站的载体编号' },
  { key: 'name', header: '名称', description: '正式名称（认定或备案名称）' },
  { key: 'nameEn', header: '英文名称', description: '英文正式名称（如有）' },
  { key: 'kind', header: '类型', description: '创新联合体、技术创新中心或产业创新服务综合体' },
  { key: 'lead', header: '牵头（依托）单位', description: '牵头单位名称' },
  { key: 'members', header: '成员单位', description: '成员单位名称（不含牵头单位），以“；”分隔' },
  { key: 'field', header: '技术领域', description: '申报的技术领域' },
  { key: 'district', header: '属地', description: '城市与区县' },
  { key: 'policySet', header: '依据政策', description: '认定（备案）所依据的政策文件' },
  { key: 'recognizedOn', header: '认定日期', description: '认定（备案、批复）日期，YYYY-MM-DD' },
  { key: 'recognitionDocumentNumber', header: '认定文号', description: '该载体认定（备案）通知的文号（如有）' },
  { key: 'status', header: '状态', description: '当前状态' },
  { key: 'url', header: '详情页', description: '本网站上的载体页面' },
]
