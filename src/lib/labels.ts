export const CARRIER_KIND_ZH: Record<string, string> = {
  consortium: '创新联合体',
  tic: '技术创新中心',
  complex: '产业创新服务综合体',
}

export const formatDateZh = (iso: string | null | undefined): string =>
  iso ? new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date(iso)) : '—'
