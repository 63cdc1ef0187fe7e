/**
 * The name of a row of figures by child area: the child's name, or for the row of what is
 * placed on the area itself (not on any of its children) its level, e.g. "Cấp tỉnh".
 */
export const areaRowName = (
  t: (key: string) => string,
  row: { area: { name: string; level: string }; own: boolean },
) => (row.own ? t(`common.ownLevel.${row.area.level}`) : row.area.name)
