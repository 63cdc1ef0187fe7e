import { Link } from 'react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { modelQueries } from '@/api/model-queries'
import type { Model } from '@/api/schemas'
import { lineageTree, spreadTimeline, type LineageNode } from '@/domain/model-replication'
import { reach } from '@/domain/models'
import { useFormat } from '@/shared/i18n/use-format'
import { axisTick, countTicks, lineShape, seriesOrder } from '@/shared/ui/chart-parts'
import { ChartFrame } from '@/shared/ui/chart-frame'
import { chartColors } from '@/shared/ui/chart-colors'
import { DataTable } from '@/shared/ui/data-table'
import { useModelLookups } from './use-model-lookups'

/**
 * Where the model came from (its chain of sources, the original first) and where it went
 * (the tree of replicas), its reach and how it spread over the years.
 */
const CHART_HEIGHT = 240
const order = seriesOrder(['added', 'reach'])

export function ModelLineage({ model }: { model: Model }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { data } = useSuspenseQuery(modelQueries.lineage(model.id))
  const chain = [...data.ancestors].reverse()
  const tree = lineageTree(model, data.descendants)
  const areas = reach([model, ...data.descendants])

  return (
    <div className="model-lineage">
      <dl className="kpi-tiles">
        <div className="kpi-tile">
          <dt>{t('models.lineage.reach')}</dt>
          <dd>{format.integer(areas)}</dd>
        </div>
        <div className="kpi-tile">
          <dt>{t('models.lineage.replicaCount')}</dt>
          <dd>{format.integer(data.descendants.length)}</dd>
        </div>
        <div className="kpi-tile">
          <dt>{t('models.lineage.depth')}</dt>
          <dd>{format.integer(chain.length)}</dd>
        </div>
      </dl>

      <h3 className="model-lineage__heading">{t('models.lineage.origin')}</h3>
      {chain.length === 0 ? (
        <p>{t('models.lineage.isOriginal')}</p>
      ) : (
        <ol className="lineage-chain" aria-label={t('models.lineage.chainLabel')}>
          {chain.map((m, i) => (
            <li key={m.id}>
              <ModelRef model={m} />
              {i === 0 && <span className="models-tag">{t('models.lineage.original')}</span>}
            </li>
          ))}
          <li aria-current="true">
            <strong>{model.name}</strong>{' '}
            <span className="models-tag">{t('models.lineage.this')}</span>
          </li>
        </ol>
      )}

      <h3 className="model-lineage__heading">{t('models.lineage.replicas')}</h3>
      {tree.children.length === 0 ? (
        <p>{t('models.lineage.noReplicas')}</p>
      ) : (
        <ul
          className="lineage-tree"
          aria-label={t('models.lineage.treeLabel', { name: model.name })}
        >
          {tree.children.map((node) => (
            <TreeNode key={node.model.id} node={node} />
          ))}
        </ul>
      )}

      {data.descendants.length > 0 && (
        <SpreadTimeline model={model} descendants={data.descendants} />
      )}
    </div>
  )
}

function ModelRef({ model }: { model: Model }) {
  const format = useFormat()
  const { tree } = useModelLookups()
  return (
    <>
      <Link to={`/models/${encodeURIComponent(model.id)}`}>{model.name}</Link>
      <span className="models-muted">
        {' '}
        — {tree.byId.get(model.areaId)?.name ?? model.areaId}, {format.date(model.startedOn)}
      </span>
    </>
  )
}

function TreeNode({ node }: { node: LineageNode }) {
  return (
    <li>
      <ModelRef model={node.model} />
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <TreeNode key={child.model.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  )
}

function SpreadTimeline({ model, descendants }: { model: Model; descendants: Model[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const rows = spreadTimeline(model, descendants)
  const label = t('models.lineage.timelineLabel', { name: model.name })
  const addedName = t('models.lineage.added')
  const reachName = t('models.lineage.reachSoFar')
  const last = rows[rows.length - 1]
  return (
    <>
      <h3 className="model-lineage__heading">{t('models.lineage.timeline')}</h3>
      <ChartFrame
        label={label}
        summary={t('models.lineage.timelineSummary', {
          first: rows[0]?.year,
          last: last?.year,
          count: descendants.length,
          replicas: format.integer(descendants.length),
          reach: format.integer(last?.reach ?? 0),
        })}
        height={CHART_HEIGHT}
        chart={
          <ComposedChart
            data={rows}
            responsive
            style={{ width: '100%', height: CHART_HEIGHT }}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
          >
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis dataKey="year" interval={0} tick={axisTick()} />
            <YAxis {...countTicks} tick={axisTick()} />
            <Tooltip itemSorter={order} />
            <Legend itemSorter={order} />
            <Bar
              dataKey="added"
              name={addedName}
              fill={chartColors.primary}
              isAnimationActive={false}
            />
            <Line
              dataKey="reach"
              name={reachName}
              stroke={chartColors.secondary}
              strokeWidth={2}
              isAnimationActive={false}
              shape={lineShape}
            />
          </ComposedChart>
        }
        table={
          <DataTable
            caption={label}
            rows={rows}
            rowKey={(r) => String(r.year)}
            columns={[
              {
                key: 'year',
                header: t('models.charts.year'),
                rowHeader: true,
                cell: (r) => r.year,
              },
              {
                key: 'added',
                header: addedName,
                numeric: true,
                cell: (r) => format.integer(r.added),
              },
              {
                key: 'cumulative',
                header: t('models.lineage.cumulative'),
                numeric: true,
                cell: (r) => format.integer(r.cumulative),
              },
              {
                key: 'reach',
                header: reachName,
                numeric: true,
                cell: (r) => format.integer(r.reach),
              },
            ]}
          />
        }
      />
    </>
  )
}
