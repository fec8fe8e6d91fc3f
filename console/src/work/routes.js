// The daily-work pages, loaded by the shell (src/router.js) under its layout. meta: titleKey, roles (who sees
// the page and its menu item), menu (in the side menu), icon (@element-plus/icons-vue name), parent (menu item
// highlighted for pages outside the menu).
import './work.css'

const ADMIN = 'COUNTY_ADMIN'
const CLERK = 'TOWNSHIP_CLERK'
const UNIT = 'HANDLING_UNIT'
const DEPUTY = 'DEPUTY'
const ANALYST = 'ANALYST'

const STAFF = [ADMIN, CLERK]
const READERS = [ADMIN, CLERK, ANALYST]

export default [
  {
    path: '/suggestions', name: 'suggestions', component: () => import('./suggestions/SuggestionList.vue'),
    meta: { titleKey: 'work.nav.suggestions', roles: [ADMIN, CLERK, UNIT, DEPUTY, ANALYST], menu: true, icon: 'ChatLineSquare' },
  },
  {
    path: '/suggestions/new', name: 'suggestion-new', component: () => import('./suggestions/SuggestionForm.vue'),
    meta: { titleKey: 'work.nav.suggestionNew', roles: [ADMIN, CLERK, DEPUTY], menu: true, icon: 'EditPen' },
  },
  {
    path: '/suggestions/:id', name: 'suggestion-detail', component: () => import('./suggestions/SuggestionDetail.vue'),
    meta: { titleKey: 'work.nav.suggestionDetail', roles: [ADMIN, CLERK, UNIT, DEPUTY, ANALYST], menu: false, parent: 'suggestions' },
  },
  {
    path: '/deputies', name: 'deputies', component: () => import('./deputies/DeputyList.vue'),
    meta: { titleKey: 'work.nav.deputies', roles: READERS, menu: true, icon: 'User' },
  },
  {
    path: '/deputies/new', name: 'deputy-new', component: () => import('./deputies/DeputyForm.vue'),
    meta: { titleKey: 'work.nav.deputyNew', roles: STAFF, menu: false, parent: 'deputies' },
  },
  {
    path: '/deputies/import', name: 'deputy-import', component: () => import('./deputies/DeputyImport.vue'),
    meta: { titleKey: 'work.nav.deputyImport', roles: STAFF, menu: true, icon: 'Upload' },
  },
  {
    path: '/inspections', name: 'inspections', component: () => import('./inspections/InspectionList.vue'),
    meta: { titleKey: 'work.nav.inspections', roles: READERS, menu: true, icon: 'Search' },
  },
  {
    path: '/inspections/new', name: 'inspection-new', component: () => import('./inspections/InspectionForm.vue'),
    meta: { titleKey: 'work.nav.inspectionNew', roles: STAFF, menu: false, parent: 'inspections' },
  },
  {
    path: '/inspections/:id', name: 'inspection-detail', component: () => import('./inspections/InspectionDetail.vue'),
    meta: { titleKey: 'work.nav.inspectionDetail', roles: READERS, menu: false, parent: 'inspections' },
  },
  {
    path: '/trainings', name: 'trainings', component: () => import('./trainings/TrainingList.vue'),
    meta: { titleKey: 'work.nav.trainings', roles: READERS, menu: true, icon: 'Reading' },
  },
  {
    path: '/trainings/new', name: 'training-new', component: () => import('./trainings/TrainingForm.vue'),
    meta: { titleKey: 'work.nav.trainingNew', roles: STAFF, menu: false, parent: 'trainings' },
  },
  {
    path: '/trainings/:id/attendance', name: 'training-attendance', component: () => import('./trainings/TrainingAttendance.vue'),
    meta: { titleKey: 'work.nav.trainingAttendance', roles: STAFF, menu: false, parent: 'trainings' },
  },
  {
    path: '/sessions', name: 'sessions', component: () => import('./sessions/SessionList.vue'),
    meta: { titleKey: 'work.nav.sessions', roles: READERS, menu: true, icon: 'OfficeBuilding' },
  },
  {
    path: '/sessions/new', name: 'session-new', component: () => import('./sessions/SessionForm.vue'),
    meta: { titleKey: 'work.nav.sessionNew', roles: STAFF, menu: false, parent: 'sessions' },
  },
  {
    path: '/sessions/:id/attendance', name: 'session-attendance', component: () => import('./sessions/SessionAttendance.vue'),
    meta: { titleKey: 'work.nav.sessionAttendance', roles: STAFF, menu: false, parent: 'sessions' },
  },
  {
    path: '/receptions', name: 'receptions', component: () => import('./receptions/ReceptionList.vue'),
    meta: { titleKey: 'work.nav.receptions', roles: READERS, menu: true, icon: 'Calendar' },
  },
  {
    path: '/receptions/new', name: 'reception-new', component: () => import('./receptions/ReceptionForm.vue'),
    meta: { titleKey: 'work.nav.receptionNew', roles: STAFF, menu: false, parent: 'receptions' },
  },
]
