import { HELP_CLOSE, HELP_LINES, HELP_OPEN, helpLineLabel, QUICK_EXIT } from '../../components/HelpStrip/lines';
import { FIRST_SCREEN_ID } from '../../utils/first-screen';
import { EXIT_KEY, EXIT_VALUE, NEUTRAL_TITLE } from '../../utils/exit-mark';
import { PAGE_PATHS } from '../../../shared/pages';
import { HOME_INTRO, HOME_TITLE, SERVICE_GO, SERVICES } from './services';

/*
 * Build time only (config/index.ts hands the result to index.html): the home as plain HTML,
 * the same words and class names as Screen, HelpStrip and the home page draw in the H5 build
 * (plain.ts: div and span), so the app's stylesheet styles both alike.
 *
 * Why: on a slow phone the app's scripts take most of the wait before the home shows (slow-phone
 * bench, README perf). This copy shows as soon as the stylesheet is in, and it works without the
 * scripts: the service cards are links; 求助电话 opens the numbers, each of which opens the dialer
 * as the strip's do (callPhone in utils/nav.ts); 快速离开 marks the tab and leaves for the neutral
 * page as quickExit does, so the back button does not bring the home back. The first page the
 * app draws removes it (Screen).
 *
 * It shows only where the app would draw the home (the site root or the home's path) and never
 * on a back/forward load after a quick exit; everywhere else the template stays inert.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function markup(): string {
  const lines = HELP_LINES.map(
    (line) =>
      `<div class="help-strip__line" role="button" tabindex="0" aria-label="${escapeHtml(helpLineLabel(line))}" data-first-screen="call" data-number="${line.number}">` +
      `<div><span class="help-strip__number">${line.number}</span><span class="help-strip__name">${escapeHtml(line.name)}</span></div>` +
      `<span class="help-strip__note">${escapeHtml(line.note)} ›</span></div>`,
  ).join('');
  const services = SERVICES.map(
    (s) =>
      `<a class="card home__service" href="${escapeHtml(s.url)}">` +
      `<span class="home__service-title">${escapeHtml(s.title)}</span>` +
      `<span class="home__service-line">${escapeHtml(s.line)}</span>` +
      `<span class="home__service-go">${escapeHtml(SERVICE_GO)}</span></a>`,
  ).join('');
  return (
    `<div id="${FIRST_SCREEN_ID}" class="first-screen"><div class="screen">` +
    `<div class="help-strip"><div class="help-strip__bar">` +
    `<div class="help-strip__btn" role="button" tabindex="0" aria-expanded="false" data-first-screen="help">${HELP_OPEN}</div>` +
    `<div class="help-strip__btn help-strip__btn--exit" role="button" tabindex="0" data-first-screen="exit">${QUICK_EXIT}</div>` +
    `</div><div class="help-strip__card" role="dialog" aria-label="${HELP_OPEN}" hidden>${lines}</div></div>` +
    `<div class="page"><div class="title">${escapeHtml(HOME_TITLE)}</div>` +
    `<div class="muted home__intro">${escapeHtml(HOME_INTRO)}</div>${services}</div>` +
    `</div></div>`
  );
}

/** ES5, no modules: it runs while the page is parsed, before (and without) the app's scripts. */
function script(): string {
  const s = JSON.stringify;
  return `(function () {
  var path = location.pathname.replace(/\\/+$/, '');
  if (path !== '' && path !== ${s(PAGE_PATHS.home)}) return;
  function marked() {
    try { return sessionStorage.getItem(${s(EXIT_KEY)}) === ${s(EXIT_VALUE)}; } catch (e) { return false; }
  }
  function leave() {
    document.documentElement.style.display = 'none';
    document.title = ${s(NEUTRAL_TITLE)};
    location.replace(location.origin + ${s(PAGE_PATHS.neutral)});
  }
  var nav = window.performance && performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
  if (nav && nav.type === 'back_forward' && marked()) return;
  var template = document.getElementById(${s(`${FIRST_SCREEN_ID}-template`)});
  if (!template || !template.content) return;
  document.body.appendChild(template.content.cloneNode(true));
  var shown = document.getElementById(${s(FIRST_SCREEN_ID)});
  // Restored by the back button from the browser's cache after a quick exit: leave again.
  window.addEventListener('pageshow', function (event) { if (event.persisted && marked()) leave(); });
  function act(el) {
    var what = el.getAttribute('data-first-screen');
    if (what === 'help') {
      var card = shown.querySelector('.help-strip__card');
      card.hidden = !card.hidden;
      el.textContent = card.hidden ? ${s(HELP_OPEN)} : ${s(HELP_CLOSE)};
      el.setAttribute('aria-expanded', String(!card.hidden));
    } else if (what === 'call') {
      // As callPhone in utils/nav.ts: a page sent to tel: itself stays mid-navigation after the dialer.
      window.open('tel:' + el.getAttribute('data-number'), '_blank');
    } else if (what === 'exit') {
      try { sessionStorage.setItem(${s(EXIT_KEY)}, ${s(EXIT_VALUE)}); } catch (e) {}
      document.body.innerHTML = '';
      leave();
    }
  }
  function find(event) {
    for (var el = event.target; el && el !== shown; el = el.parentNode) if (el.getAttribute && el.getAttribute('data-first-screen')) return el;
    return null;
  }
  shown.addEventListener('click', function (event) { var el = find(event); if (el) act(el); });
  shown.addEventListener('keydown', function (event) { var el = find(event); if (el && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); act(el); } });
})();`;
}

/**
 * What index.html carries at the end of its body: the first screen as an inert template, and
 * the script that shows it where the home is opened. The script comes after the stylesheet
 * link, so it runs once the styles are in and the copy never shows unstyled.
 */
export function firstScreenHtml(): string {
  return `<template id="${FIRST_SCREEN_ID}-template">${markup()}</template>\n  <script>${script()}</script>`;
}
