// The draft checker page: one POST /v1/check { text, published }, then each sentence with a figure is highlighted
// by verdict and explained, and each judged figure in it marked with its own verdict. Plain DOM, no framework: the page is small and stands alone.
const form = document.getElementById("draft-form");
const draft = document.getElementById("draft");
const published = document.getElementById("published");
const summary = document.getElementById("summary");
const highlighted = document.getElementById("highlighted");
const results = document.getElementById("results");

function append(parent, tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  parent.append(node);
  return node;
}

// A figure the dataset cannot judge does not sink its sentence: the verdict rests on the judged ones.
const verifiedText = (judged, figures) => `${judged} of ${figures} ${figures === 1 ? "figure" : "figures"} verified`;

/** A sentence's text with each figure the API judged in a mark of its own: its verdict, and why on hover. */
function appendSentence(parent, text, sentence) {
  let cursor = sentence.start;
  const figures = [...sentence.figures].sort((a, b) => a.span[0] - b.span[0]);
  for (const figure of figures) {
    const start = sentence.start + figure.span[0];
    const end = sentence.start + figure.span[1];
    if (start < cursor || end > sentence.end) continue;
    parent.append(text.slice(cursor, start));
    const mark = append(parent, "mark", text.slice(start, end), "figure");
    mark.setAttribute("data-figure-verdict", figure.verdict);
    mark.title = `${figure.verdict}: ${figure.explanation}`;
    cursor = end;
  }
  parent.append(text.slice(cursor, sentence.end));
}

function render(text, answer) {
  highlighted.replaceChildren();
  results.replaceChildren();
  let cursor = 0;
  let judged = 0;
  let figures = 0;
  // The summary counts the sentences listed here, not the ones the answer left out.
  const counts = { accurate: 0, imprecise: 0, inaccurate: 0, unverifiable: 0 };
  answer.sentences.forEach((sentence, index) => {
    highlighted.append(text.slice(cursor, sentence.start));
    const mark = append(highlighted, "mark", undefined, sentence.verdict);
    appendSentence(mark, text, sentence);
    mark.id = `sentence-${index}`;
    mark.title = sentence.explanation;
    cursor = sentence.end;
    const item = append(results, "li");
    item.setAttribute("data-claim-verdict", sentence.verdict);
    append(item, "strong", `${sentence.verdict}: `);
    append(item, "span", sentence.explanation);
    append(item, "span", ` (${verifiedText(sentence.judged, sentence.figures.length)})`, "figures");
    judged += sentence.judged;
    figures += sentence.figures.length;
    counts[sentence.verdict]++;
  });
  highlighted.append(text.slice(cursor));
  highlighted.hidden = false;
  const { accurate, imprecise, inaccurate, unverifiable } = counts;
  const omitted = answer.sentencesOmitted
    ? ` ${answer.sentencesOmitted} more ${answer.sentencesOmitted === 1 ? "sentence was" : "sentences were"} checked but not listed (an answer lists a bounded number of figures): check the rest of the draft on its own.`
    : "";
  summary.textContent = `${answer.sentences.length} sentences with figures: ${accurate} accurate, ${imprecise} imprecise, ${inaccurate} inaccurate, ${unverifiable} unverifiable; ${verifiedText(judged, figures)}.${omitted}`;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = draft.value;
  summary.textContent = "Checking…";
  try {
    const response = await fetch("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      // The date input gives YYYY-MM-DD, the form the API takes; empty sends nothing.
      body: JSON.stringify({ text, published: published.value || undefined }),
    });
    const answer = await response.json();
    if (!response.ok) {
      summary.textContent = `${answer.title}: ${answer.detail} ${answer.hint}`;
      return;
    }
    render(text, answer);
  } catch (error) {
    summary.textContent = `The checker could not be reached (${error.message}). Your draft is unchanged.`;
  }
});
