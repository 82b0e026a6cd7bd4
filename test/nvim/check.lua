-- Headless Neovim check of the budget-disclosure language server (run by test/nvim/run.sh):
--   nvim --headless -u NONE -c "luafile test/nvim/check.lua"
-- Starts `node dist/server.js --stdio` with Neovim's built-in LSP client (vim.lsp.start on 0.8+,
-- vim.lsp.start_client + buf_attach_client on 0.7), opens a seed, waits for published diagnostics, prints
-- them, the document symbols and the code lenses, and exits 1 when no diagnostic arrives within BD_TIMEOUT_MS
-- or no code lens comes back.
local function out(s) io.stdout:write(s .. '\n') end
local function finish(code)
  io.stdout:flush()
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

local root = os.getenv('BD_ROOT') or vim.fn.getcwd()
local server = os.getenv('BD_SERVER') or (root .. '/dist/server.js')
local file = os.getenv('BD_FILE') or (root .. '/seeds/000_c07f0f5eae527350.txt')
local timeout = tonumber(os.getenv('BD_TIMEOUT_MS') or '30000')
local locale = os.getenv('BD_LOCALE') or 'zh-CN'

if vim.fn.filereadable(server) == 0 then
  out('FAIL nvim: no server at ' .. server .. ' (run npm run build)')
  finish(2)
  return
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.api.nvim_buf_set_option(buf, 'filetype', 'budget-disclosure')

local exit_code
local config = {
  name = 'budget-disclosure',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  init_options = { locale = locale, workspaceTrusted = true },
  on_exit = function(code) exit_code = code end,
}
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config, { bufnr = buf })
else
  client_id = vim.lsp.start_client(config)
  if client_id then vim.lsp.buf_attach_client(buf, client_id) end
end
if not client_id then
  out('FAIL nvim: could not start ' .. table.concat(config.cmd, ' '))
  finish(1)
  return
end
out(string.format('nvim %s: started %s for %s', tostring(vim.version and vim.version().minor and
  (vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch) or '?'),
  table.concat(config.cmd, ' '), vim.fn.fnamemodify(file, ':.')))

local t0 = vim.loop.hrtime()
local got = vim.wait(timeout, function()
  return exit_code ~= nil or #vim.diagnostic.get(buf) > 0
end, 100)
local ms = math.floor((vim.loop.hrtime() - t0) / 1e6)
local diagnostics = vim.diagnostic.get(buf)
if exit_code ~= nil then
  out('FAIL nvim: server exited with code ' .. tostring(exit_code))
  finish(1)
  return
end
if not got or #diagnostics == 0 then
  out(string.format('FAIL nvim: no diagnostics within %d ms', timeout))
  finish(1)
  return
end

local severities = { 'Error', 'Warning', 'Information', 'Hint' }
out(string.format('diagnostics: %d after %d ms', #diagnostics, ms))
for i, d in ipairs(diagnostics) do
  if i > 15 then out(string.format('  ... and %d more', #diagnostics - 15)) break end
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  out(string.format('  %d:%d %s %s(%s) %s', d.lnum + 1, d.col + 1, severities[d.severity] or '?',
    d.source or '', tostring(code), (d.message:gsub('\n', ' '))))
end

-- Document symbols are reported, not required (a server without them still passes the diagnostics check).
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol',
  { textDocument = vim.lsp.util.make_text_document_params(buf) }, 10000)
local names = {}
for _, response in pairs(responses or {}) do
  for _, symbol in ipairs(response.result or {}) do table.insert(names, symbol.name) end
end
out(string.format('document symbols: %d%s', #names, #names > 0 and (' (' .. table.concat(names, ', ', 1, math.min(#names, 6)) .. (#names > 6 and ', ...' or '') .. ')') or ''))

-- Code lenses: one per table that takes part in an identity; the seed has several, so at least one must come.
local lens_responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeLens',
  { textDocument = vim.lsp.util.make_text_document_params(buf) }, 10000)
local lenses = {}
for _, response in pairs(lens_responses or {}) do
  for _, lens in ipairs(response.result or {}) do
    table.insert(lenses, string.format('%d: %s', lens.range.start.line + 1, lens.command and lens.command.title or '?'))
  end
end
out(string.format('code lenses: %d%s', #lenses, #lenses > 0 and (' (' .. table.concat(lenses, ', ', 1, math.min(#lenses, 3)) .. (#lenses > 3 and ', ...' or '') .. ')') or ''))
if #lenses == 0 then
  out('FAIL nvim: no code lens')
  finish(1)
  return
end

out('PASS nvim: diagnostics and code lenses received')
vim.lsp.stop_client(client_id)
vim.wait(3000, function() return exit_code ~= nil end, 50)
finish(0)
