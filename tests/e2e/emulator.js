// Local Telegram Bot API for end-to-end tests: telegram-test-api behind a small fixing proxy.
//
// usage: node emulator.js PORT
//   PORT      the proxy (point PTB's base_url at http://127.0.0.1:PORT/bot)
//   PORT + 1  the emulator itself (the scripted user may call either)
//
// The proxy corrects where telegram-test-api 4.2.1 deviates from the Bot API in ways PTB
// rejects: getMe lacks is_bot; dates are in milliseconds; callback queries lack chat_instance;
// edit*/answerCallbackQuery return null; several methods answer HTTP 500; texts of any length
// are accepted (Telegram refuses more than 4,096 characters: so does the proxy).
//
// Fault injection for the reliability tests: POST /__faults {"method": "sendMessage",
// "faults": ["429", "500", "drop"]} makes the next calls of that Bot API method answer 429
// (flood control, retry_after 1), 500, or drop the connection, in that order.
// GET /__faults reports how many faults were served.
//
// Photos: telegram-test-api has no sendPhoto. The proxy answers it as Telegram would (a
// message with the photo's sizes and a file_id; a photo sent again by file_id keeps it) and
// logs each: GET /__photos returns [{chatId, caption, bytes, fileId, reused}].
//
// Settings: the methods telegram-test-api lacks (setMyCommands, setMyDescription, …) are
// answered true here, and logged with their parameters: GET /__settings returns the log.
//
// Edits: telegram-test-api changes an edited message in place, so a client that already
// fetched it never sees the edit. The proxy logs every successful editMessageText with the
// time it arrived; POST /__edits {"since": N} returns the log from entry N on, and "next".
'use strict';
const http = require('http');
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || 9000);
const innerPort = port + 1;
const HOST = '127.0.0.1';
const ALWAYS_OK = new Set([
  'setMyCommands', 'deleteMyCommands', 'sendChatAction', 'setChatMenuButton', 'close',
  'logOut', 'deleteWebhook', 'setMyDescription', 'setMyShortDescription',
]);
const TRUE_WHEN_NULL = new Set(['editMessageText', 'editMessageReplyMarkup',
  'answerCallbackQuery', 'deleteMessage']);

function fixDates(value) {
  if (Array.isArray(value)) return value.map(fixDates);
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === 'date' && typeof value[key] === 'number' && value[key] > 1e11) {
        value[key] = Math.floor(value[key] / 1000);
      } else {
        value[key] = fixDates(value[key]);
      }
    }
  }
  return value;
}

function fixResult(method, body) {
  if (method === 'getMe' && body.result) body.result.is_bot = true;
  if (method === 'getUpdates' && Array.isArray(body.result)) {
    for (const update of body.result) {
      if (update.callback_query && !update.callback_query.chat_instance) {
        update.callback_query.chat_instance = 'emulator';
      }
    }
  }
  if (TRUE_WHEN_NULL.has(method) && (body.result === null || body.result === undefined)) {
    body.result = true;
  }
  return fixDates(body);
}

function reply(res, status, body) {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {'Content-Type': 'application/json', 'Content-Length': data.length});
  res.end(data);
}

const edits = [];
const photos = [];
let photoMessageId = 900000;

function multipartFields(req, body) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/.exec(String(req.headers['content-type'] || ''));
  if (!match) return {};
  const boundary = Buffer.from('--' + (match[1] || match[2]));
  const fields = {};
  let start = body.indexOf(boundary);
  while (start !== -1) {
    const next = body.indexOf(boundary, start + boundary.length);
    if (next === -1) break;
    const part = body.subarray(start + boundary.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]+)"/.exec(head);
    if (name) {
      const value = part.subarray(split + 4);
      fields[name[1]] = /filename=/.test(head) ? {bytes: value.length} : value.toString('utf8');
    }
    start = next;
  }
  return fields;
}

function answerPhoto(req, body, res) {
  const type = String(req.headers['content-type'] || '');
  const params = type.includes('multipart/form-data') ? multipartFields(req, body)
    : requestParams(req, body);
  const reused = typeof params.photo === 'string' && !params.photo.startsWith('attach://');
  const uploaded = Object.values(params).find((v) => v && typeof v === 'object');
  photoMessageId += 1;
  const fileId = reused ? params.photo : `photo-${photoMessageId}`;
  photos.push({chatId: String(params.chat_id), caption: params.caption || '',
    bytes: uploaded ? uploaded.bytes : 0, fileId, reused});
  reply(res, 200, {ok: true, result: {
    message_id: photoMessageId, date: Math.floor(Date.now() / 1000),
    chat: {id: Number(params.chat_id), type: 'private'},
    from: {id: 1, is_bot: true, first_name: 'Jodoh', username: 'jodoh_bot'},
    caption: params.caption || '',
    photo: [{file_id: fileId, file_unique_id: fileId, width: 800, height: 520}]}});
}
const settingsLog = [];

function requestParams(req, body) {
  const type = String(req.headers['content-type'] || '');
  const text = body.toString('utf8');
  if (type.includes('application/json')) return JSON.parse(text || '{}');
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  return {};
}

function logEdit(req, body) {
  let params;
  try {
    params = requestParams(req, body);
  } catch (error) {
    return;
  }
  let markup = params.reply_markup;
  if (typeof markup === 'string') {
    try {
      markup = JSON.parse(markup);
    } catch (error) {
      markup = undefined;
    }
  }
  edits.push({chatId: String(params.chat_id), messageId: Number(params.message_id),
    text: params.text, reply_markup: markup, time: Date.now()});
}

// Telegram refuses a text longer than 4,096 characters (1,024 for a caption), counted in
// UTF-16 code units after entities are parsed; telegram-test-api accepts any length.
const TEXT_LIMITS = {sendMessage: ['text', 4096], editMessageText: ['text', 4096],
  sendDocument: ['caption', 1024], sendPhoto: ['caption', 1024]};

function visibleText(text, parseMode) {
  if (parseMode !== 'HTML') return text;
  return text.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(code))
    .replace(/&amp;/g, '&');
}

function lengthProblem(method, req, body) {
  const limit = TEXT_LIMITS[method];
  if (!limit) return null;
  let params;
  try {
    params = requestParams(req, body);
  } catch (error) {
    return null;
  }
  const [field, max] = limit;
  const text = typeof params[field] === 'string' ? params[field] : '';
  if (visibleText(text, params.parse_mode).length <= max) return null;
  return field === 'caption' ? 'message caption is too long' : 'message is too long';
}

const pendingFaults = new Map();
let servedFaults = 0;

function injectFault(method, req, res) {
  const queue = pendingFaults.get(method);
  if (!queue || queue.length === 0) return false;
  const fault = queue.shift();
  servedFaults += 1;
  if (fault === 'drop') {
    req.socket.destroy();
  } else if (fault === '429') {
    reply(res, 429, {ok: false, error_code: 429, description: 'Too Many Requests: retry after 1',
      parameters: {retry_after: 1}});
  } else {
    reply(res, Number(fault) || 500, {ok: false, error_code: Number(fault) || 500,
      description: 'Internal Server Error'});
  }
  return true;
}

const proxy = http.createServer((req, res) => {
  const match = /^\/bot[^/]+\/([A-Za-z]+)/.exec(req.url || '');
  const method = match ? match[1] : null;
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    if (req.url === '/__faults') {
      if (req.method === 'POST') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        pendingFaults.set(body.method, (pendingFaults.get(body.method) || []).concat(body.faults));
      }
      const pending = [...pendingFaults.values()].reduce((n, q) => n + q.length, 0);
      reply(res, 200, {ok: true, served: servedFaults, pending});
      return;
    }
    if (req.url === '/__photos') {
      reply(res, 200, {ok: true, photos});
      return;
    }
    if (req.url === '/__settings') {
      reply(res, 200, {ok: true, calls: settingsLog});
      return;
    }
    if (req.url === '/__edits') {
      const since = Number(requestParams(req, Buffer.concat(chunks)).since || 0);
      reply(res, 200, {ok: true, edits: edits.slice(since), next: edits.length});
      return;
    }
    if (method && injectFault(method, req, res)) return;
    const tooLong = method ? lengthProblem(method, req, Buffer.concat(chunks)) : null;
    if (tooLong) {
      reply(res, 400, {ok: false, error_code: 400, description: `Bad Request: ${tooLong}`});
      return;
    }
    if (method === 'sendPhoto') {
      answerPhoto(req, Buffer.concat(chunks), res);
      return;
    }
    if (method && ALWAYS_OK.has(method)) {
      try {
        settingsLog.push({method, params: requestParams(req, Buffer.concat(chunks))});
      } catch (error) {
        settingsLog.push({method, params: {}});
      }
      reply(res, 200, {ok: true, result: true});
      return;
    }
    const upstream = http.request({
      host: HOST, port: innerPort, path: req.url, method: req.method, headers: req.headers,
    }, (answer) => {
      const parts = [];
      answer.on('data', (chunk) => parts.push(chunk));
      answer.on('end', () => {
        const raw = Buffer.concat(parts).toString('utf8');
        let body;
        try {
          body = JSON.parse(raw);
        } catch (error) {
          res.writeHead(answer.statusCode || 502, answer.headers);
          res.end(raw);
          return;
        }
        if (method === 'editMessageText' && body.ok) logEdit(req, Buffer.concat(chunks));
        reply(res, answer.statusCode || 200, method ? fixResult(method, body) : body);
      });
    });
    upstream.on('error', (error) => reply(res, 502, {ok: false, description: String(error)}));
    upstream.end(Buffer.concat(chunks));
  });
});

(async () => {
  const server = new TelegramServer({port: innerPort, host: HOST, storeTimeout: 600});
  await server.start();
  proxy.listen(port, HOST, () => {
    process.stdout.write(`ready ${port}\n`);
  });
  const stop = async () => {
    proxy.close();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})();
