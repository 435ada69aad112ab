'use client'
// A parameter row is titled by its figure (牵头企业上年度销售收入下限), not "参数 01".
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { ALL_PARAMETER_KEYS } from '../policies/parameters'

export function ParameterRowLabel() {
  const { data, rowNumber } = useRowLabel<{ key?: string }>()
  const { i18n } = useTranslation()
  const label = ALL_PARAMETER_KEYS.find((k) => k.value === data?.key)?.label
  const text = label ? label[i18n.language === 'en' ? 'en' : 'zh'] : `${i18n.language === 'en' ? 'Figure' : '参数'} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`
  return <span>{text}</span>
}
