import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Area } from '@/api/schemas'
import { ancestorsOf, type AreaTree } from '@/domain/area-tree'

/**
 * The form's area picker, usable at any size: one select per level (province → district →
 * commune), each listing only the allowed areas below the choice above it, so a country's
 * ~10,000 communes never share one list. Leaving a lower level at "All of X" places the model
 * on X itself (a district-wide model). Each select is named by the field's legend
 * (`legendId`) and its level; the first one has `id`, for the label of the error summary.
 */
export function AreaCascade({
  id,
  legendId,
  tree,
  choices,
  value,
  invalid,
  describedBy,
  onChange,
}: {
  id: string
  legendId: string
  tree: AreaTree
  /** The areas that may be chosen, in tree order. */
  choices: Area[]
  value: string
  invalid: boolean
  describedBy: string | undefined
  onChange: (areaId: string) => void
}) {
  const { t } = useTranslation()
  const labelId = useId()
  const allowed = new Set(choices.map((area) => area.id))
  const path = ancestorsOf(tree, value).filter((area) => allowed.has(area.id))
  const levels: { parent: Area | undefined; options: Area[] }[] = [
    { parent: undefined, options: choices.filter((area) => !allowed.has(area.parentId ?? '')) },
  ]
  for (const parent of path) {
    const options = tree.childrenOf(parent.id).filter((area) => allowed.has(area.id))
    if (options.length === 0) break
    levels.push({ parent, options })
  }
  return (
    <div className="area-cascade">
      {levels.map(({ parent, options }, depth) => {
        const selectId = depth === 0 ? id : `${id}-${depth}`
        return (
          <div className="form-field" key={parent?.id ?? ''}>
            <label id={`${labelId}-${depth}`} htmlFor={selectId}>
              {t(`filters.level.${options[0]?.level ?? 'commune'}`)}
            </label>
            <select
              id={selectId}
              required={depth === 0}
              aria-labelledby={`${legendId} ${labelId}-${depth}`}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              value={path[depth]?.id ?? ''}
              onChange={(event) => onChange(event.target.value || (parent?.id ?? ''))}
            >
              <option value="">
                {parent ? t('filters.allIn', { name: parent.name }) : t('models.form.choose')}
              </option>
              {options.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
            </select>
          </div>
        )
      })}
    </div>
  )
}
