import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export type ConflictRow = {
  key: string
  label: ReactNode
  mine: ReactNode
  theirs: ReactNode
  differs: boolean
}

/**
 * A stale save (409): the user's version and the one now on the server side
 * by side, differences marked, and a choice: keep mine (save again over the
 * new version) or take theirs (discard my changes).
 */
export function VersionConflict({
  rows,
  onKeepMine,
  onTakeTheirs,
  theirsBy,
}: {
  rows: ConflictRow[]
  onKeepMine: () => void
  onTakeTheirs: () => void
  /** Who saved the newer version, and when (already formatted). */
  theirsBy?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <section className="version-conflict" role="alert" aria-labelledby="version-conflict-title">
      <h2 id="version-conflict-title">{t('conflict.title')}</h2>
      <p>{t('conflict.text')}</p>
      {theirsBy && <p className="version-conflict__by">{theirsBy}</p>}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('conflict.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.differs ? 'version-conflict__differs' : undefined}>
                <th scope="row">
                  {row.label}
                  {row.differs && (
                    <span className="visually-hidden"> ({t('conflict.differs')})</span>
                  )}
                  {row.differs && <span aria-hidden="true"> ≠</span>}
                </th>
                <td>{row.mine}</td>
                <td>{row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="version-conflict__actions">
        <button type="button" className="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button button--quiet" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </section>
  )
}
