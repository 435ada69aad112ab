import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { baseUrl, getSiteSettings } from '@/lib/public-data'

import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return {
    metadataBase: new URL(baseUrl()),
    title: { default: site.siteTitle, template: `%s · ${site.siteTitle}` },
    description: `${site.bureauName}公开已认定（备案）的创新联合体、技术创新中心、产业创新服务综合体名单、公示与统计`,
    applicationName: site.siteTitle,
    formatDetection: { telephone: false },
    openGraph: { type: 'website', locale: 'zh_CN', siteName: site.siteTitle },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#b42318' }

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const site = await getSiteSettings()
  return (
    <html lang="zh-CN">
      <body>
        <a href="#main" className="skip-link">跳到正文</a>
        <header className="site-header">
          <a href="/" className="brand">
            {site.hasLogo && <img src="/site-logo" alt="" width={40} height={40} className="brand-logo" />}
            <span className="brand-text">
              <span className="brand-title">{site.siteTitle}</span>
              <span className="brand-bureau">{site.bureauName}</span>
            </span>
          </a>
          <nav aria-label="主导航" className="site-nav">
            <ul>
              <li><a href="/">已认定载体</a></li>
              <li><a href="/notices">公示</a></li>
              <li><a href="/statistics">统计与数据</a></li>
              <li><a href="/admin" className="staff-link">工作人员登录</a></li>
            </ul>
          </nav>
        </header>
        <main id="main" className="site-main" tabIndex={-1}>{children}</main>
        <footer className="site-footer">
          <p>主办单位：{site.bureauName}</p>
          {(site.address || site.phone || site.email) && (
            <p>
              {site.address && <span>地址：{site.address}{site.postcode ? `（邮编 ${site.postcode}）` : ''}</span>}
              {site.phone && <span>电话：{site.phone}</span>}
              {site.email && <span>邮箱：{site.email}</span>}
            </p>
          )}
          {(site.icpNumber || site.psbNumber) && (
            <p>
              {site.icpNumber && <a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">{site.icpNumber}</a>}
              {site.psbNumber && <span>{site.psbNumber}</span>}
            </p>
          )}
          <p className="muted">依据宁波市、威海市、浙江省及慈溪市有关创新载体建设政策公开 · <a href="/open-data">开放数据</a> · <a href="/notices/feed.xml">公示订阅（RSS）</a></p>
        </footer>
      </body>
    </html>
  )
}
