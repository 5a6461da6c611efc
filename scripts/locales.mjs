// Writes public/_locales/*/messages.json from one table, so every language has every key: `node scripts/locales.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';

// key: [en, vi, zh_CN, pt]
const T = {
 "extName": ["Parallax", "Parallax", "Parallax", "Parallax"],
 "extDescription": ["The same story in other languages, and every figure on which the reports disagree.",
   "Cùng một câu chuyện bằng các ngôn ngữ khác, và mọi con số mà các bản tin nói khác nhau.",
   "同一新闻的其他语言版本，以及各报道说法不一的每一个数字。",
   "A mesma notícia em outras línguas e cada número em que as reportagens discordam."],
 "tooltipOthersSay": ["Other sources say:", "Các nguồn khác nói:", "其他来源称：", "Outras fontes dizem:"],
 "tooltipCites": ["citing", "dẫn lời", "援引", "citando"],
 "verdictConflict": ["Sources conflict", "Các nguồn mâu thuẫn", "来源相互矛盾", "As fontes se contradizem"],
 "verdictDiscrepancy": ["Sources differ", "Các nguồn chênh lệch", "来源存在差异", "As fontes divergem"],
 "verdictConsistent": ["Sources agree", "Các nguồn thống nhất", "来源一致", "As fontes concordam"],
 "stateWorking": ["Reading the page…", "Đang đọc trang…", "正在读取页面…", "Lendo a página…"],
 "stateNotArticle": ["This page is not an article.", "Trang này không phải là một bài báo.", "此页面不是文章。", "Esta página não é um artigo."],
 "stateProblem": ["Parallax cannot help with this page.", "Parallax không thể xử lý trang này.", "Parallax 无法处理此页面。", "O Parallax não pode ajudar com esta página."],
 "updateInCorpus": ["Update in corpus", "Cập nhật trong kho", "更新到资料库", "Atualizar no acervo"],
 "addToCorpus": ["Add to corpus", "Thêm vào kho", "加入资料库", "Adicionar ao acervo"],
 "savedNew": ["Added.", "Đã thêm.", "已加入。", "Adicionado."],
 "savedUpdated": ["Updated.", "Đã cập nhật.", "已更新。", "Atualizado."],
 "alreadyStored": ["In your corpus.", "Đã có trong kho của bạn.", "已在你的资料库中。", "Está no seu acervo."],
 "versionsHeading": ["Other versions", "Các phiên bản khác", "其他版本", "Outras versões"],
 "emptyCorpus": ["Your corpus is empty. Add this page, or add sources on the options page.",
   "Kho của bạn đang trống. Hãy thêm trang này, hoặc thêm nguồn ở trang tùy chọn.",
   "你的资料库是空的。请加入此页面，或在选项页添加来源。",
   "Seu acervo está vazio. Adicione esta página ou adicione fontes na página de opções."],
 "noVersions": ["Nothing in your corpus matches this story yet. Add more sources on the options page.",
   "Chưa có bài nào trong kho khớp với câu chuyện này. Hãy thêm nguồn ở trang tùy chọn.",
   "资料库中还没有与此新闻匹配的报道。请在选项页添加更多来源。",
   "Nada no seu acervo corresponde a esta notícia ainda. Adicione mais fontes na página de opções."],
 "openOptions": ["Open options", "Mở tùy chọn", "打开选项", "Abrir opções"],
 "disputedHeading": ["Figures in dispute", "Số liệu bất đồng", "有争议的数字", "Números em disputa"],
 "agreeHeading": ["Figures that agree", "Số liệu thống nhất", "一致的数字", "Números que concordam"],
 "relationSameStory": ["same story", "cùng sự kiện", "同一事件", "mesma notícia"],
 "relationRelated": ["related", "liên quan", "相关", "relacionada"],
 "wireCopy": ["wire copy", "bản tin hãng", "通讯社稿件副本", "cópia de agência"],
 "sharedLabel": ["Shared:", "Điểm chung:", "共同点：", "Em comum:"],
 "cites": ["cites", "dẫn lời", "援引", "cita"],
 "translateQuote": ["Translate", "Dịch", "翻译", "Traduzir"],
 "noTab": ["There is no tab to read.", "Không có thẻ nào để đọc.", "没有可读取的标签页。", "Não há aba para ler."],
};

const DIRS = [['en', 0], ['vi', 1], ['zh_CN', 2], ['pt_BR', 3], ['pt_PT', 3]];
for (const [dir, i] of DIRS) {
  mkdirSync(`public/_locales/${dir}`, { recursive: true });
  const out = Object.fromEntries(Object.keys(T).sort().map((k) => [k, { message: T[k][i] }]));
  writeFileSync(`public/_locales/${dir}/messages.json`, JSON.stringify(out, null, 1) + '\n');
}
console.log(`${Object.keys(T).length} keys, ${DIRS.length} locales`);
