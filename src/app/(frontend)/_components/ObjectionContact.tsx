// How and where to object to a notice: the programme's contact, set by the city bureau.
import type { ProgramNoticeInfo } from '@/lib/public-records'

export function ObjectionContact({ program }: { program: ProgramNoticeInfo }) {
  const o = program.objection
  const any = o.department || o.phone || o.email || o.address || o.instructions
  return (
    <section className="objection" aria-label="异议受理">
      <h3>异议受理</h3>
      <p>公示期内，任何单位或个人对公示对象有异议的，可书面向{o.department ?? program.issuingOffice ?? '发布单位'}反映。</p>
      {any ? (
        <dl className="contact">
          {o.department && (<><dt>受理部门</dt><dd>{o.department}</dd></>)}
          {o.phone && (<><dt>联系电话</dt><dd><a href={`tel:${o.phone.replace(/[^\d+-]/g, '')}`}>{o.phone}</a></dd></>)}
          {o.email && (<><dt>电子邮箱</dt><dd><a href={`mailto:${o.email}`}>{o.email}</a></dd></>)}
          {o.address && (<><dt>通讯地址</dt><dd>{o.address}</dd></>)}
        </dl>
      ) : null}
      {o.instructions && <p className="instructions">{o.instructions}</p>}
    </section>
  )
}
