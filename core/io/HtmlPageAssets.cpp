#include "io/HtmlPageAssets.h"

#include <QCryptographicHash>

namespace civic {
namespace {

// Phone first: one column; the wheel and the details side by side on wider
// screens. System fonts only, so nothing is fetched.
const char* const styleText = R"css(
:root{color-scheme:light;--ink:#24303d;--muted:#5f6b78;--line:#d0d6dc;--accent:#0072b2}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,"DejaVu Sans",Verdana,Arial,sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 1rem}
h1{font-size:1.6rem;margin:1rem 0 .25rem}
h2{font-size:1.3rem;margin:1.5rem 0 .5rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
a{color:var(--accent)}
a:focus,select:focus,button:focus{outline:3px solid #e69f00;outline-offset:2px}
.meta,.hint,footer{color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0}
.filters label{font-weight:bold;margin-right:.4rem}
.filter{display:flex;flex-wrap:wrap;align-items:center;max-width:100%}
figure{margin:0}
select{font:inherit;padding:.3rem;max-width:100%}
.wheel-area{display:grid;grid-template-columns:1fr;gap:1rem}
@media (min-width:900px){.wheel-area{grid-template-columns:minmax(0,3fr) minmax(0,1fr)}}
svg.wheel{width:100%;height:auto;display:block}
.partner{cursor:pointer}
.partner:focus{outline:none}
.partner:focus>g:first-child,.partner.current>g:first-child{stroke:#24303d;stroke-width:3}
.partner.off{display:none}
.details{border:1px solid var(--line);border-radius:.5rem;padding:.75rem;background:#fafbfc;align-self:start}
.details dt{font-weight:bold;margin-top:.4rem}
.details dd{margin:0}
.details ul,td ul{margin:0;padding-left:1.1rem}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem;padding:0;list-style:none}
.figures li{border:1px solid var(--line);border-radius:.5rem;padding:.5rem}
.figures strong{display:block;font-size:1.4rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right}
.gaps li{margin-bottom:.4rem}
.gaps span{display:block;color:var(--muted)}
.personal{border:2px solid #d55e00;padding:.5rem;border-radius:.5rem}
@media print{.filters,.details{display:none}}
)css";

// Filters, partner details and, in a trust's page, one academy at a time.
// Text goes in through textContent and cloned nodes only: nothing from the
// wheel is ever parsed as markup here.
const char* const scriptText = R"js(
(function () {
  'use strict';
  function hasWord(list, word) { return (' ' + list + ' ').indexOf(' ' + word + ' ') >= 0; }
  function setUp(section) {
    var approach = section.querySelector('select.f-approach');
    var sector = section.querySelector('select.f-sector');
    var count = section.querySelector('.f-count');
    var details = section.querySelector('.details dl');
    var hint = section.querySelector('.details .hint');
    var nodes = section.querySelectorAll('g.partner');
    var rows = section.querySelectorAll('tr[data-partner]');
    var headers = section.querySelectorAll('table.partners thead th');
    function matches(el) {
      return (!approach.value || hasWord(el.getAttribute('data-approaches'), approach.value)) &&
             (!sector.value || el.getAttribute('data-sector') === sector.value);
    }
    function apply() {
      var shown = 0;
      nodes.forEach(function (n) {
        var ok = matches(n);
        n.classList.toggle('off', !ok);
        n.setAttribute('tabindex', ok ? '0' : '-1');
        if (ok) { shown += 1; }
      });
      rows.forEach(function (r) { r.hidden = !matches(r); });
      count.textContent = count.getAttribute('data-template')
        .replace('%1', String(shown)).replace('%2', String(nodes.length));
    }
    function show(node) {
      var id = node.getAttribute('data-partner');
      var row = section.querySelector('tr[data-partner="' + id + '"]');
      if (!row) { return; }
      nodes.forEach(function (n) { n.classList.toggle('current', n === node); });
      details.replaceChildren();
      row.querySelectorAll('td').forEach(function (cell, i) {
        var dt = document.createElement('dt');
        dt.textContent = headers[i] ? headers[i].textContent : '';
        var dd = document.createElement('dd');
        cell.childNodes.forEach(function (c) { dd.appendChild(c.cloneNode(true)); });
        details.appendChild(dt);
        details.appendChild(dd);
      });
      details.hidden = false;
      hint.hidden = true;
    }
    nodes.forEach(function (n) {
      n.addEventListener('mouseenter', function () { show(n); });
      n.addEventListener('focus', function () { show(n); });
      n.addEventListener('click', function () { show(n); });
      n.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(n); }
      });
    });
    approach.addEventListener('change', apply);
    sector.addEventListener('change', apply);
    apply();
  }
  document.querySelectorAll('section.academy').forEach(setUp);
  var overview = document.getElementById('trust');
  if (overview) {
    var academies = document.querySelectorAll('section.academy');
    var route = function () {
      var target = document.getElementById(location.hash.slice(1));
      var one = target && target.classList.contains('academy');
      overview.hidden = !!one;
      academies.forEach(function (a) { a.hidden = !one || a !== target; });
      if (one) { target.querySelector('h2').focus(); }
    };
    window.addEventListener('hashchange', route);
    route();
  }
}());
)js";

} // namespace

QString HtmlPageAssets::style()
{
    return QString::fromUtf8(styleText);
}

QString HtmlPageAssets::script()
{
    return QString::fromUtf8(scriptText);
}

QString HtmlPageAssets::hashSource(const QString& inlineText)
{
    const QByteArray digest =
        QCryptographicHash::hash(inlineText.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("'sha256-%1'").arg(QString::fromLatin1(digest.toBase64()));
}

QString HtmlPageAssets::contentSecurityPolicy()
{
    return QStringLiteral("default-src 'none'; style-src %1; script-src %2; img-src data:; "
                          "base-uri 'none'; form-action 'none'")
        .arg(hashSource(style()), hashSource(script()));
}

} // namespace civic
