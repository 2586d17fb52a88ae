// OnStream's reference web player (ADR 0022): sign in, pick a profile, browse rows, search, open a
// title, play it with hls.js (AES-128 included), send the resume position back, choose a quality.
// Framework-free and on the public API only, so it doubles as the example of a client. Text goes
// into the page with textContent only: titles and overviews are data, never markup.
'use strict';

const API = '/api/v1';
const SAVE_EVERY_SECONDS = 10;
const $ = (id) => document.getElementById(id);

/** What the page knows; `window.onstream` lets tests and curious developers look at it. */
const state = { accessToken: '', refreshToken: '', refreshTimer: 0, hls: null, titleId: '', lastSaved: null, saving: null, errors: [] };
window.onstream = state;

class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
  }
}

async function request(method, path, body, retry = true) {
  const headers = { accept: 'application/json' };
  if (state.accessToken) headers.authorization = `Bearer ${state.accessToken}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path.startsWith('/') && !path.startsWith(API) ? API + path : path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && retry && state.refreshToken) {
    await refresh();
    return request(method, path, body, false);
  }
  const payload = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, payload);
  return payload;
}
const get = (path) => request('GET', path);

/** Tokens from a sign-in or a refresh; the access token is renewed before it expires. */
function useTokens({ accessToken, refreshToken, expiresIn }) {
  state.accessToken = accessToken;
  if (refreshToken) state.refreshToken = refreshToken;
  clearTimeout(state.refreshTimer);
  state.refreshTimer = setTimeout(() => refresh().catch(signedOut), Math.max(10, expiresIn * 0.8) * 1000);
}

async function refresh() {
  const tokens = await request('POST', '/auth/refresh', { refreshToken: state.refreshToken }, false);
  useTokens(tokens);
}

/** The first adult profile (one is made for a new account); refreshed tokens stay on it. */
async function chooseProfile() {
  const { items } = await get('/me/profiles');
  const profile = items.find((p) => !p.kid) || items[0] || (await request('POST', '/me/profiles', { name: 'Me' }));
  const selected = await request('POST', `/me/profiles/${profile.id}/select`, {});
  useTokens({ accessToken: selected.accessToken, expiresIn: selected.expiresIn });
}

async function signIn(event) {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  try {
    useTokens(await request('POST', '/auth/login', { email: $('email').value, password: $('password').value }, false));
    await chooseProfile();
    $('sign-in').hidden = true;
    $('search').hidden = false;
    $('sign-out').hidden = false;
    await showBrowse();
  } catch (error) {
    $('sign-in-error').textContent = error.status === 401 ? 'Wrong e-mail or password.' : error.message;
  }
}

function signedOut() {
  stopPlayback();
  clearTimeout(state.refreshTimer);
  Object.assign(state, { accessToken: '', refreshToken: '', titleId: '' });
  for (const id of ['browse', 'title', 'search', 'sign-out']) $(id).hidden = true;
  $('sign-in').hidden = false;
}

async function signOut() {
  await request('POST', '/auth/logout', undefined, false).catch(() => undefined);
  signedOut();
}

// ---- browse and search ---------------------------------------------------------------------------

function describe(title) {
  const age = title.unrated ? 'Unrated' : title.maturityLevel === 'all' ? 'All ages' : title.maturityLevel;
  return [title.releaseYear, (title.genres || []).slice(0, 2).join(', '), age].filter(Boolean).join(' · ');
}

function renderRow(name, titles) {
  const row = $('row').content.firstElementChild.cloneNode(true);
  row.querySelector('h3').textContent = name;
  const list = row.querySelector('ul');
  for (const title of titles) {
    const card = document.createElement('button');
    card.type = 'button';
    card.className = 'card';
    card.dataset.titleId = title.id;
    card.textContent = title.title;
    const facts = document.createElement('small');
    facts.textContent = describe(title);
    card.append(facts);
    card.addEventListener('click', () => openTitle(title.id));
    const item = document.createElement('li');
    item.append(card);
    list.append(item);
  }
  return row;
}

async function showBrowse() {
  const [featured, categories] = await Promise.all([get('/titles/featured?limit=20'), get('/titles/categories')]);
  const rows = [renderRow('Featured', featured.items), ...categories.rows.map((row) => renderRow(row.genre.name, row.items))];
  $('browse').replaceChildren(...rows);
  $('browse').hidden = false;
}

async function search(event) {
  event.preventDefault();
  const query = $('query').value.trim();
  if (!query) return showBrowse();
  stopPlayback();
  $('title').hidden = true;
  const found = await get(`/search?q=${encodeURIComponent(query)}&limit=20`);
  const results = renderRow(`Results for “${query}” (${found.meta.total})`, found.items);
  results.id = 'results';
  $('browse').replaceChildren(results);
  $('browse').hidden = false;
}

// ---- a title and its playback --------------------------------------------------------------------

async function openTitle(id) {
  stopPlayback();
  const title = await get(`/titles/${encodeURIComponent(id)}`);
  state.titleId = title.id;
  $('title-name').textContent = title.title;
  $('title-facts').textContent = [describe(title), title.runtimeMinutes && `${title.runtimeMinutes} min`].filter(Boolean).join(' · ');
  $('title-overview').textContent = title.overview || '';
  $('title-license').textContent = title.license ? `Licence: ${title.license}` : '';
  $('title-error').textContent = '';
  $('play').hidden = !title.playable;
  $('play').onclick = () => play(title).catch((error) => ($('title-error').textContent = error.message));
  $('browse').hidden = true;
  $('title').hidden = false;
}

async function resumePosition(titleId) {
  const { items } = await get('/me/continue-watching?limit=50');
  const entry = items.find((item) => item.titleId === titleId);
  return entry ? entry.positionSeconds : 0;
}

async function play(title) {
  const video = $('video');
  const hls = new Hls({
    // The start position comes with the stream answer (startLoad below).
    autoStartLoad: false,
    // The grant is in the URL; the viewer's token goes along to our own origin only, never to the object store.
    xhrSetup: (xhr, url) => {
      if (new URL(url, location.href).origin === location.origin) xhr.setRequestHeader('Authorization', `Bearer ${state.accessToken}`);
    },
  });
  state.hls = hls;
  // The browser opens its MediaSource while the stream URL and the resume position are asked for.
  hls.attachMedia(video);
  $('play').hidden = true;
  $('player').hidden = false;
  let resumeAt = 0;
  hls.on(Hls.Events.MANIFEST_PARSED, (_event, data) => {
    const options = data.levels.map((level, index) => new Option(`${level.height}p · ${Math.round(level.bitrate / 1000)} kb/s`, String(index)));
    $('quality').replaceChildren(new Option('Auto', '-1'), ...options);
    hls.startLoad(resumeAt > 0 ? resumeAt : -1);
    video.play().catch(() => undefined); // a browser may want a click first; the controls are there
  });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    state.errors.push({ fatal: data.fatal, details: data.details });
    if (data.fatal) $('title-error').textContent = `Playback stopped: ${data.details}`;
  });
  let stream, position;
  try {
    [stream, position] = await Promise.all([get(title.stream.url), resumePosition(title.id)]);
  } catch (error) {
    if (state.hls === hls) stopPlayback();
    $('play').hidden = false;
    throw error;
  }
  if (state.hls !== hls) return; // the viewer left the title meanwhile
  resumeAt = position;
  $('resume-note').textContent = resumeAt > 0 ? `Resuming at ${Math.floor(resumeAt / 60)}:${String(resumeAt % 60).padStart(2, '0')}` : '';
  video.poster = stream.posterUrl;
  hls.loadSource(stream.manifestUrl);
}

/** Sends the resume position: every few seconds of play, and on pause, seek, end and leaving. */
function savePosition() {
  const video = $('video');
  if (!state.hls || !state.titleId || !Number.isFinite(video.duration) || video.duration < 1) return;
  const positionSeconds = Math.floor(video.currentTime);
  if (state.saving || (state.lastSaved && state.lastSaved.positionSeconds === positionSeconds)) return;
  const body = { positionSeconds, durationSeconds: Math.ceil(video.duration) };
  state.saving = request('PUT', `/me/history/${state.titleId}`, body)
    .then(() => (state.lastSaved = { titleId: state.titleId, ...body }))
    .catch((error) => state.errors.push({ fatal: false, details: `resume position: ${error.message}` }))
    .finally(() => (state.saving = null));
}

function stopPlayback() {
  if (!state.hls) return;
  savePosition();
  state.hls.destroy();
  state.hls = null;
  $('video').removeAttribute('src');
  $('player').hidden = true;
}

function onTimeUpdate() {
  const video = $('video');
  const last = state.lastSaved && state.lastSaved.titleId === state.titleId ? state.lastSaved.positionSeconds : -Infinity;
  if (Math.abs(video.currentTime - last) >= SAVE_EVERY_SECONDS) savePosition();
}

function chooseQuality() {
  if (state.hls) state.hls.currentLevel = Number($('quality').value);
}

function back() {
  stopPlayback();
  $('title').hidden = true;
  $('browse').hidden = false;
}

document.addEventListener('DOMContentLoaded', () => {
  $('sign-in').addEventListener('submit', signIn);
  $('search').addEventListener('submit', (event) => search(event).catch((error) => ($('title-error').textContent = error.message)));
  $('sign-out').addEventListener('click', signOut);
  $('back').addEventListener('click', back);
  $('quality').addEventListener('change', chooseQuality);
  const video = $('video');
  video.addEventListener('timeupdate', onTimeUpdate);
  for (const type of ['pause', 'seeked', 'ended']) video.addEventListener(type, savePosition);
  window.addEventListener('pagehide', savePosition);
});
