import type { Me } from '@/api/schemas'

/**
 * The fixed users of the mock backend (`GET /me`). `areaIds` is where a user
 * may write (an editor may write only inside its areas; an admin's scope is
 * the whole province). The db starts as the admin, so every page shows its
 * write actions; switch with `db.currentUserId = mockUserIds.viewer` etc.
 */
export const mockUserIds = {
  viewer: 'user-viewer',
  districtEditor: 'user-editor-718',
  communeEditor: 'user-editor-25747',
  admin: 'user-admin',
} as const

export const mockUsers: readonly Me[] = [
  { id: mockUserIds.viewer, name: 'Nguyễn Văn Xem', role: 'viewer', areaIds: [] },
  {
    id: mockUserIds.districtEditor,
    name: 'Trần Thị Thu (Ban Dân vận Thành ủy Thủ Dầu Một)',
    role: 'editor',
    areaIds: ['718'],
  },
  {
    id: mockUserIds.communeEditor,
    name: 'Lê Văn Phúc (Đảng ủy phường Phú Cường)',
    role: 'editor',
    areaIds: ['25747'],
  },
  {
    id: mockUserIds.admin,
    name: 'Phạm Minh Quản (Ban Dân vận Tỉnh ủy Bình Dương)',
    role: 'admin',
    areaIds: ['74'],
  },
]

export const DEFAULT_USER_ID: string = mockUserIds.admin
