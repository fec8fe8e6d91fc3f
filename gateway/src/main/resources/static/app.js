// The foundation's overview page: log in (dev login of the embedded default), then read the county overview.
(function () {
  let token = sessionStorage.getItem('renda.token');
  const $ = (id) => document.getElementById(id);

  function showError(text) { $('error').textContent = text || ''; }

  async function login(event) {
    event.preventDefault();
    showError('');
    const r = await fetch('/api/auth/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: $('username').value.trim(), password: $('password').value })
    });
    const body = await r.json();
    if (!r.ok) { showError(body.title || '登录失败'); return; }
    token = body.token;
    sessionStorage.setItem('renda.token', token);
    $('who').textContent = '已登录：' + $('username').value.trim();
    if (body.counties && body.counties.length) { $('county').value = body.counties[0]; }
    load();
  }

  async function load() {
    showError('');
    const rows = $('rows');
    const totals = $('totals');
    rows.innerHTML = '';
    totals.innerHTML = '';
    if (!token) { showError('请先登录（演示账号密码：renda-demo）。'); return; }
    const county = $('county').value.trim();
    const r = await fetch('/api/counties/' + encodeURIComponent(county) + '/overview',
      { headers: { 'Authorization': 'Bearer ' + token } });
    const body = await r.json();
    if (!r.ok) { showError((body.title || '查询失败') + (body.detail ? '：' + body.detail : '')); return; }
    for (const t of body.townships) {
      const tr = document.createElement('tr');
      for (const v of [t.name || t.townshipCode, t.deputies, t.suggestions, t.trainingPersonTimes]) {
        const td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
      }
      rows.appendChild(tr);
    }
    const s = body.totals;
    const tr = document.createElement('tr');
    for (const v of ['合计（' + s.townships + ' 个乡镇）', s.deputies, s.suggestions, s.trainingPersonTimes]) {
      const th = document.createElement('th'); th.textContent = v; tr.appendChild(th);
    }
    totals.appendChild(tr);
  }

  $('login').addEventListener('submit', login);
  $('load').addEventListener('click', load);
  if (token) { load(); }
})();
