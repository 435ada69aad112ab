export default function NotFound() {
  return (
    <>
      <h1>未找到该页面</h1>
      <p>您访问的载体或页面不存在，或尚未公开。</p>
      <p><a href="/">返回已认定载体名单</a> · <a href="/notices">查看公示</a></p>
    </>
  )
}
