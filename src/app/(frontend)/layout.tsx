import type React from 'react'

import './styles.css'

export const metadata = {
  title: '创新载体公开信息 · 科技局',
  description: '已认定（备案）的创新联合体、技术创新中心、产业创新服务综合体名单与公示',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <a href="/" className="brand">创新载体公开信息</a>
          <nav>
            <a href="/">已认定载体</a>
            <a href="/notices">公示</a>
            <a href="/admin">工作人员登录</a>
          </nav>
        </header>
        <main className="site-main">{children}</main>
        <footer className="site-footer">依据宁波市、威海市、浙江省及慈溪市有关创新载体建设政策公开</footer>
      </body>
    </html>
  )
}
