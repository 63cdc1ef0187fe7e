import { describe, expect, test } from 'vitest'
import { emptyFormValues, validateModelForm, type ModelFormValues } from './model-form-values'

const ctx = { today: '2025-06-30', locale: 'vi-VN' }
const valid: ModelFormValues = emptyFormValues({
  name: '  Cà phê sáng  ',
  movementId: 'dan-van-kheo',
  field: 'political-system',
  areaId: '25747',
  unitId: 'u-1',
  startedOn: '2024-01-15',
  beneficiaries: '1.200',
  funds: '2.500.000',
})

describe('validateModelForm', () => {
  test('turns valid input into the API input, numbers read in the locale', () => {
    const result = validateModelForm(valid, ctx)
    expect(result).toEqual({
      ok: true,
      input: expect.objectContaining({
        name: 'Cà phê sáng',
        beneficiaries: 1200,
        fundsMobilizedVnd: 2_500_000,
        isNew: true,
      }),
    })
    expect(result.ok && 'recognition' in result.input).toBe(false)
  })

  test('names each missing required field', () => {
    const result = validateModelForm(emptyFormValues(), ctx)
    expect(result.ok ? {} : result.errors).toEqual({
      name: 'required',
      movementId: 'required',
      field: 'required',
      areaId: 'required',
      unitId: 'required',
      startedOn: 'required',
    })
  })

  test.each([
    [{ startedOn: '2025-07-01' }, 'startedOn', 'future'],
    [{ startedOn: '2025-02-30' }, 'startedOn', 'invalidDate'],
    [{ beneficiaries: '1,200.5' }, 'beneficiaries', 'number'],
    [{ beneficiaries: '12,5' }, 'beneficiaries', 'integer'],
    [{ funds: '-5' }, 'funds', 'negative'],
    [{ recognitionLevel: 'province' }, 'recognitionYear', 'required'],
    [{ recognitionLevel: 'province', recognitionYear: '2026' }, 'recognitionYear', 'year'],
    [{ recognitionLevel: 'province', recognitionYear: '2023' }, 'recognitionYear', 'beforeStart'],
    [{ replicatedFromId: 'mh-1' }, 'replicatedFromId', 'sourceIsSelf'],
  ] as const)('%o gives %s: %s', (patch, field, error) => {
    const result = validateModelForm({ ...valid, ...patch }, { ...ctx, selfId: 'mh-1' })
    expect(result.ok ? {} : result.errors).toEqual({ [field]: error })
  })

  test('English numbers are read in English', () => {
    const result = validateModelForm(
      { ...valid, beneficiaries: '1,200', funds: '2,500,000.5' },
      { ...ctx, locale: 'en-GB' },
    )
    expect(result.ok && [result.input.beneficiaries, result.input.fundsMobilizedVnd]).toEqual([
      1200, 2_500_000.5,
    ])
  })
})
