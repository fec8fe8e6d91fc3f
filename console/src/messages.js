// The shell's texts; the work pages add theirs in src/work/messages.js.
export default {
  'zh-CN': {
    app: { title: '人大工作平台', subtitle: '县乡人大工作平台', skip: '跳到主要内容' },
    role: {
      COUNTY_ADMIN: '县人大常委会管理员', TOWNSHIP_CLERK: '乡镇人大工作人员', HANDLING_UNIT: '承办单位',
      DEPUTY: '人大代表', ANALYST: '数据分析员', OPERATOR: '运维人员'
    },
    login: {
      title: '用户登录', username: '用户名', password: '密码', submit: '登录', hint: '演示账号密码均为 renda-demo',
      usernameRequired: '请输入用户名', passwordRequired: '请输入密码', failed: '登录失败'
    },
    shell: {
      menu: '导航菜单', county: '所辖县（市、区）', locale: 'English', localeLabel: '切换语言', logout: '退出登录',
      openMenu: '打开菜单', home: '首页', user: '当前用户'
    },
    nav: {
      home: '工作台', dashboard: '数据看板', township: '乡镇看板', record: '代表履职档案', comparison: '跨县对比',
      operations: '投影运维', notFound: '页面不存在'
    },
    common: {
      loading: '加载中…', retry: '重试', refresh: '查询', reset: '重置', export: '导出 Excel', search: '查询',
      from: '开始日期', to: '结束日期', asOf: '截至日期', noData: '暂无数据', back: '返回', total: '合计',
      yes: '是', no: '否', view: '查看', error: '出错了'
    },
    home: {
      welcome: '欢迎使用人大工作平台', unitIntro: '在左侧菜单中查看交办给本单位的建议并办理答复。',
      deputyIntro: '在左侧菜单中查看本人提出的建议和履职档案。', myRecord: '我的履职档案'
    },
    notFound: { text: '您访问的页面不存在。', home: '返回首页' }
  },
  en: {
    app: { title: 'Renda Platform', subtitle: "People's Congress work platform", skip: 'Skip to main content' },
    role: {
      COUNTY_ADMIN: 'County administrator', TOWNSHIP_CLERK: 'Township clerk', HANDLING_UNIT: 'Handling unit',
      DEPUTY: 'Deputy', ANALYST: 'Analyst', OPERATOR: 'Operator'
    },
    login: {
      title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in',
      hint: 'Demo accounts use the password renda-demo', usernameRequired: 'Enter the username',
      passwordRequired: 'Enter the password', failed: 'Sign-in failed'
    },
    shell: {
      menu: 'Navigation', county: 'County', locale: '中文', localeLabel: 'Switch language', logout: 'Sign out',
      openMenu: 'Open menu', home: 'Home', user: 'Signed in as'
    },
    nav: {
      home: 'Workbench', dashboard: 'Dashboard', township: 'Township dashboard', record: 'Performance record',
      comparison: 'County comparison', operations: 'Projections', notFound: 'Page not found'
    },
    common: {
      loading: 'Loading…', retry: 'Retry', refresh: 'Query', reset: 'Reset', export: 'Export Excel', search: 'Search',
      from: 'From', to: 'To', asOf: 'As of', noData: 'No data', back: 'Back', total: 'Total',
      yes: 'Yes', no: 'No', view: 'View', error: 'Error'
    },
    home: {
      welcome: 'Welcome to the Renda Platform', unitIntro: 'The menu lists the suggestions assigned to your unit.',
      deputyIntro: 'The menu lists your suggestions and your performance record.', myRecord: 'My performance record'
    },
    notFound: { text: 'This page does not exist.', home: 'Back to the home page' }
  }
};
