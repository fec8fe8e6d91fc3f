import { createRouter, createWebHashHistory } from 'vue-router';
import { session } from './session.js';
import { ROLE, ALL_ROLES, homeOf } from './roles.js';
import Layout from './components/Layout.vue';
import Login from './pages/Login.vue';

// The work pages (lists and forms) are written in src/work/; their routes come in when the file exists.
const workModule = Object.values(import.meta.glob('./work/routes.js', { eager: true }))[0];
export const workRoutes = (workModule && workModule.default) || [];

const { COUNTY_ADMIN, TOWNSHIP_CLERK, ANALYST, OPERATOR, DEPUTY } = ROLE;

/** The shell's own pages; meta: { titleKey, roles, menu, icon } like the work routes. */
export const shellRoutes = [
  {
    path: 'home', name: 'home', component: () => import('./pages/Home.vue'),
    meta: { titleKey: 'nav.home', roles: ALL_ROLES, menu: false, icon: 'HomeFilled' }
  },
  {
    path: 'dashboard', name: 'dashboard', component: () => import('./pages/Dashboard.vue'),
    meta: { titleKey: 'nav.dashboard', roles: [COUNTY_ADMIN, TOWNSHIP_CLERK, ANALYST], menu: true, icon: 'DataAnalysis' }
  },
  {
    path: 'townships/:code', name: 'township', component: () => import('./pages/Dashboard.vue'), props: true,
    meta: { titleKey: 'nav.township', roles: [COUNTY_ADMIN, TOWNSHIP_CLERK, ANALYST], menu: false, parent: 'dashboard' }
  },
  {
    path: 'records/:deputyId', name: 'record', component: () => import('./pages/Record.vue'), props: true,
    meta: { titleKey: 'nav.record', roles: [COUNTY_ADMIN, TOWNSHIP_CLERK, ANALYST, DEPUTY], menu: false }
  },
  {
    path: 'my-record', name: 'my-record', component: () => import('./pages/Record.vue'),
    props: () => ({ deputyId: session.deputyId }),
    meta: { titleKey: 'home.myRecord', roles: [DEPUTY], menu: true, icon: 'User' }
  },
  {
    path: 'comparison', name: 'comparison', component: () => import('./pages/Comparison.vue'),
    meta: { titleKey: 'nav.comparison', roles: [ANALYST], menu: true, icon: 'Histogram' }
  },
  {
    path: 'operations', name: 'operations', component: () => import('./pages/Operations.vue'),
    meta: { titleKey: 'nav.operations', roles: [OPERATOR], menu: true, icon: 'Operation' }
  }
];

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/login', name: 'login', component: Login, meta: { titleKey: 'login.title', public: true } },
    {
      path: '/', component: Layout,
      children: [
        { path: '', name: 'root', redirect: () => homeOf(session.role) },
        ...shellRoutes,
        ...workRoutes.map((r) => ({ ...r, path: r.path.replace(/^\//, '') })),
        {
          path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFound.vue'),
          meta: { titleKey: 'nav.notFound', roles: ALL_ROLES, menu: false }
        }
      ]
    }
  ]
});

/** The routes (shell's and work's) the role may see in the side menu, in order. */
export function menuRoutes(role) {
  return [...shellRoutes, ...workRoutes].filter((r) => r.meta && r.meta.menu && (r.meta.roles || []).includes(role));
}

router.beforeEach((to) => {
  if (to.meta.public) {
    return session.token && to.name === 'login' ? homeOf(session.role) : true;
  }
  if (!session.token) {
    return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  }
  const roles = to.meta.roles;
  if (roles && !roles.includes(session.role)) {
    return homeOf(session.role);
  }
  return true;
});
