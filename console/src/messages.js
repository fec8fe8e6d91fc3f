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
    enums: {
      MALE: '男', FEMALE: '女',
      CADRE: '干部', WORKER: '工人', FARMER: '农民', PROFESSIONAL: '专业技术人员', BUSINESS: '企业人员', OTHER: '其他',
      PRIMARY: '小学及以下', JUNIOR_SECONDARY: '初中', SENIOR_SECONDARY: '高中、中专', JUNIOR_COLLEGE: '大专',
      BACHELOR: '大学本科', POSTGRADUATE: '研究生',
      CPC_MEMBER: '中共党员', DEMOCRATIC_PARTY: '民主党派', NON_PARTY: '群众',
      RESOLVED: '已解决', BEING_RESOLVED: '正在解决', PLANNED: '列入计划', CANNOT_RESOLVE_NOW: '因条件限制暂不能解决',
      DEPUTIES_LAW: '代表法', SUPERVISION_LAW: '监督法', ELECTION_LAW: '选举法', ORGANIC_LAW: '地方组织法',
      BUDGET_REVIEW: '预算审查', CORE_KNOWLEDGE: '应知应会', GOVERNMENT_WORK_REPORT: '如何审议政府工作报告',
      BETWEEN_SESSIONS: '闭会期间如何开展代表工作',
      UNDER_35: '35岁以下', '35_44': '35至44岁', '45_54': '45至54岁', '55_64': '55至64岁', '65_AND_OVER': '65岁及以上',
      UNKNOWN: '未登记', NONE: '未答复',
      SERVING: '在任', RESIGNED: '辞职', RECALLED: '罢免', TERMINATED: '终止代表资格', DECEASED: '去世'
    },
    dashboard: {
      title: '数据看板', townshipTitle: '乡镇看板', county: '县（市、区）', period: '统计期间', query: '查询',
      export: '导出 Excel', asOfHint: '留空为实时数据', reference: '数据截至', allFigures: '全部指标',
      composition: '代表结构', dimension: '维度', byGender: '性别', byOccupation: '职业', byEducation: '文化程度',
      byParty: '政治面貌', byAgeBand: '年龄段', byEthnicity: '民族', suggestionsByResult: '建议办理结果',
      perTownship: '各乡镇视察次数与人次', inspections: '视察次数', personTimes: '参加人次',
      trainingTopics: '培训专题（次数）', coverage: '各乡镇分专题培训覆盖率（%）', overdueByUnit: '逾期未办复建议（按承办单位）',
      satisfactionTrend: '建议办理满意率趋势（按季度，%）', alerts: '预警提示', assessment: '乡镇考核排名',
      townships: '各乡镇数据', dormant: '休眠代表', township: '乡镇', code: '代码', rank: '名次', score: '得分',
      indicator: '指标', raw: '实际值', target: '目标值', weight: '权重', contribution: '得分贡献', rule: '预警类型',
      subjects: '涉及', figures: '数据', lastActivity: '最近履职', name: '姓名', noAlerts: '暂无预警',
      unit: '承办单位', overdue: '超期件数', drill: '查看乡镇', suggestionStates: '建议办理进度', preset: '快捷期间', presetHint: '选择期间',
      presets: { thisYear: '本年度', lastYear: '上年度', lastH1: '上年上半年', lastH2: '上年下半年', yearBefore: '前年', yearBeforeH1: '前年上半年' },
      ownTownship: '本乡镇看板', backToCounty: '返回全县看板', satisfaction: '满意率',
      rated: '已测评件数', flaggedOverdue: '其中重点督办',
      partial: '部分图表数据未能加载'
    },
    record: {
      title: '代表履职档案', name: '姓名', township: '所在乡镇', status: '状态', period: '统计期间', total: '履职活动合计',
      date: '日期', kind: '类别', item: '事项', export: '导出 Excel', counts: '分类统计', items: '履职记录'
    },
    comparison: {
      title: '跨县对比', counties: '对比县（市、区）', period: '本期', previous: '上期', metric: '指标', value: '本期值',
      previousValue: '上期值', change: '变化', changePercent: '变化率', deputies: '在任代表', chart: '各县指标对比（本期）',
      hidden: '样本不足', perHundred: '每百名代表', note: '按每百名代表或比率归一化；变化为本期减上期。', metricSelect: '图表指标'
    },
    operations: {
      title: '投影运维', name: '投影', collection: '集合', documents: '文档数', lastRecordedAt: '最近事件时间',
      sha256: '内容摘要（SHA-256）', rebuild: '重建', confirm: '确定重建投影 {name} 吗？重建期间看板数据会暂时不完整。',
      accepted: '已开始重建', done: '重建完成'
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
    enums: {
      MALE: 'male', FEMALE: 'female',
      CADRE: 'cadre', WORKER: 'worker', FARMER: 'farmer', PROFESSIONAL: 'professional', BUSINESS: 'business',
      OTHER: 'other',
      PRIMARY: 'primary or less', JUNIOR_SECONDARY: 'junior secondary', SENIOR_SECONDARY: 'senior secondary',
      JUNIOR_COLLEGE: 'junior college', BACHELOR: 'bachelor', POSTGRADUATE: 'postgraduate',
      CPC_MEMBER: 'CPC member', DEMOCRATIC_PARTY: 'democratic party', NON_PARTY: 'no party',
      RESOLVED: 'resolved', BEING_RESOLVED: 'being resolved', PLANNED: 'planned', CANNOT_RESOLVE_NOW: 'cannot be resolved now',
      DEPUTIES_LAW: 'Deputies Law', SUPERVISION_LAW: 'Supervision Law', ELECTION_LAW: 'Election Law',
      ORGANIC_LAW: 'Organic Law', BUDGET_REVIEW: 'budget review', CORE_KNOWLEDGE: 'core knowledge',
      GOVERNMENT_WORK_REPORT: 'government work report', BETWEEN_SESSIONS: 'between sessions',
      UNDER_35: 'under 35', '35_44': '35-44', '45_54': '45-54', '55_64': '55-64', '65_AND_OVER': '65 and over',
      UNKNOWN: 'not recorded', NONE: 'no reply',
      SERVING: 'serving', RESIGNED: 'resigned', RECALLED: 'recalled', TERMINATED: 'qualification terminated',
      DECEASED: 'deceased'
    },
    dashboard: {
      title: 'Dashboard', townshipTitle: 'Township dashboard', county: 'County', period: 'Period', query: 'Query',
      export: 'Export Excel', asOfHint: 'empty = live', reference: 'Reference date', allFigures: 'All figures',
      composition: 'Composition of the deputies', dimension: 'Dimension', byGender: 'Gender', byOccupation: 'Occupation',
      byEducation: 'Education', byParty: 'Party', byAgeBand: 'Age band', byEthnicity: 'Ethnicity',
      suggestionsByResult: 'Suggestions by result', perTownship: 'Inspections and person-times per township',
      inspections: 'Inspections', personTimes: 'Person-times', trainingTopics: 'Training topics (trainings)',
      coverage: 'Training coverage by township and topic (%)', overdueByUnit: 'Overdue suggestions by handling unit',
      satisfactionTrend: 'Satisfaction rate by quarter (%)', alerts: 'Alerts', assessment: 'Township assessment ranking',
      townships: 'Townships', dormant: 'Dormant deputies', township: 'Township', code: 'Code', rank: 'Rank',
      score: 'Score', indicator: 'Indicator', raw: 'Actual', target: 'Target', weight: 'Weight',
      contribution: 'Contribution', rule: 'Alert', subjects: 'Concerning', figures: 'Figures',
      lastActivity: 'Last activity', name: 'Name', noAlerts: 'No alerts', unit: 'Handling unit', overdue: 'Overdue',
      drill: 'Open township', suggestionStates: 'Suggestions: progress', preset: 'Period', presetHint: 'Choose',
      presets: { thisYear: 'This year', lastYear: 'Last year', lastH1: 'Last year, 1st half', lastH2: 'Last year, 2nd half', yearBefore: 'Year before last', yearBeforeH1: 'Year before last, 1st half' },
      ownTownship: 'My township', backToCounty: 'Back to the county', satisfaction: 'Satisfaction',
      rated: 'Rated', flaggedOverdue: 'Of which flagged',
      partial: 'Some charts could not be loaded'
    },
    record: {
      title: 'Performance record', name: 'Name', township: 'Township', status: 'Status', period: 'Period',
      total: 'Activities in total', date: 'Date', kind: 'Kind', item: 'Item', export: 'Export Excel',
      counts: 'By kind', items: 'Activities'
    },
    comparison: {
      title: 'County comparison', counties: 'Counties', period: 'Period', previous: 'Previous period', metric: 'Metric',
      value: 'Value', previousValue: 'Previous', change: 'Change', changePercent: 'Change %', deputies: 'Serving deputies',
      chart: 'Counties side by side (this period)', hidden: 'sample too small', perHundred: 'per 100 deputies',
      note: 'Normalised per 100 deputies or as rates; change = this period minus the previous one.',
      metricSelect: 'Chart metric'
    },
    operations: {
      title: 'Projections', name: 'Projection', collection: 'Collection', documents: 'Documents',
      lastRecordedAt: 'Last event', sha256: 'Content hash (SHA-256)', rebuild: 'Rebuild',
      confirm: 'Rebuild projection {name}? The dashboards are incomplete until it has caught up.',
      accepted: 'Rebuild started', done: 'Rebuild finished'
    },
    notFound: { text: 'This page does not exist.', home: 'Back to the home page' }
  }
};
