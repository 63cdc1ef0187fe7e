import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProblemCode } from '@/domain/measurement-rules'
import { useFormat } from '@/shared/i18n/use-format'

type Problem = {
  field?: string
  column?: string
  code: ProblemCode
  params?: Record<string, string | number>
}

/** A validation problem in plain words in the active language, naming the field. */
export function useProblemText() {
  const { t } = useTranslation()
  const format = useFormat()
  return useCallback(
    (problem: Problem, labels: Partial<Record<string, string>>) => {
      const key = problem.field ?? problem.column ?? ''
      const params = problem.params ?? {}
      return t(`reporting.problems.${problem.code}`, {
        ...params,
        field: labels[key] ?? key,
        example: format.number(1234.5),
        ...(typeof params.denominator === 'number' && {
          denominator: format.number(params.denominator, 6),
        }),
      })
    },
    [t, format],
  )
}
