import type { NumberField } from 'payload'

type MoneyFieldOptions = Omit<Partial<NumberField>, 'type' | 'name' | 'label'> & {
  name: string
  label: { zh: string; en: string }
}

/**
 * Money in whole 元, stored as an integer (never a float). The admin shows it with separators
 * and in 万元 through the description; the policy engine does the arithmetic.
 */
export const moneyField = ({ name, label, admin, ...rest }: MoneyFieldOptions): NumberField =>
  ({
  name,
  type: 'number',
  label: { zh: `${label.zh}（元）`, en: `${label.en} (yuan)` },
  min: 0,
  validate: (value: unknown) => {
    if (value === null || value === undefined) return true
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      return `金额须为非负整数（元） / amount must be a non-negative whole number of yuan: ${String(value)}`
    }
    return true
  },
  admin: {
    step: 1,
    components: { Cell: '/src/components/MoneyCell#MoneyCell' },
    ...admin,
  },
  ...rest,
  }) as NumberField
