/**
 * Export, import and reset of all progress: export downloads the document as a JSON file, import
 * reads a file through the same parser as localStorage and replaces progress only when it is
 * valid and, if there is progress to lose, the reader confirms with the counts on both sides;
 * reset asks first. `onReplaced` lets the page redraw after an import or reset.
 */
import { parseProgressText, type ProgressDocument } from '../../practice/progress-document.ts';
import { resetProgress } from '../../practice/progress-store.ts';
import type { ProgressSession } from './progress-session.ts';

/** Wires the buttons and file input inside `[data-progress-transfer]`. */
export function enhanceProgressTransfer(
	root: HTMLElement,
	session: ProgressSession,
	onReplaced: (document: ProgressDocument) => void,
): void {
	const status = root.querySelector<HTMLElement>('[data-transfer-status]');
	const fileInput = root.querySelector<HTMLInputElement>('[data-import-file]');
	const say = (message: string): void => {
		if (status) status.textContent = message;
	};

	root.querySelector('[data-export]')?.addEventListener('click', () => {
		const blob = new Blob(
			[JSON.stringify({ ...session.document, exportedAt: new Date().toISOString() }, null, '\t')],
			{
				type: 'application/json',
			},
		);
		const url = URL.createObjectURL(blob);
		const anchor = document.createElement('a');
		anchor.href = url;
		anchor.download = `backend-handbook-progress-${new Date().toISOString().slice(0, 10)}.json`;
		anchor.click();
		// Revoke on the next task: the download has taken its copy by then.
		setTimeout(() => URL.revokeObjectURL(url), 0);
		say(`Exported ${summarize(session.document)}.`);
	});

	const importFile = async (file: File, input: HTMLInputElement): Promise<void> => {
		let text: string;
		try {
			text = await file.text();
		} catch {
			say(`${file.name} could not be read. Choose it again. Your current progress is unchanged.`);
			return;
		} finally {
			input.value = '';
		}
		const parsed = parseProgressText(text);
		if (!parsed.ok) {
			say(
				`${file.name} was not imported: ${parsed.error}. Choose a file saved with "Export progress". Your current progress is unchanged.`,
			);
			return;
		}
		if (hasProgress(session.document)) {
			const confirmed = window.confirm(
				`Replace your progress in this browser (${summarize(session.document)}) with ${file.name} (${summarize(parsed.document)})? Export first if you may want the current progress back.`,
			);
			if (!confirmed) {
				say(`${file.name} was not imported. Your current progress is unchanged.`);
				return;
			}
		}
		session.save(parsed.document);
		onReplaced(parsed.document);
		say(`Imported ${summarize(parsed.document)} from ${file.name}.`);
	};

	fileInput?.addEventListener('change', () => {
		const file = fileInput.files?.[0];
		if (file) void importFile(file, fileInput);
	});

	root.querySelector('[data-reset]')?.addEventListener('click', () => {
		const confirmed = window.confirm(
			'Reset all progress? This clears flashcard schedules, study-plan ticks, mock scores, stories and SQL drafts in this browser. Export first if you may want them back.',
		);
		if (!confirmed) return;
		session.document = resetProgress(session.storage);
		onReplaced(session.document);
		say('All progress was reset.');
	});
}

/** True when the document holds anything an import would overwrite. */
function hasProgress(document: ProgressDocument): boolean {
	return (
		Object.keys(document.cards).length +
			Object.keys(document.setAside).length +
			document.plan.done.length +
			document.mocks.length +
			document.stories.length +
			Object.keys(document.sql.drafts).length +
			Object.keys(document.sql.solved).length >
		0
	);
}

function summarize(document: ProgressDocument): string {
	const cards = Object.keys(document.cards).length + Object.keys(document.setAside).length;
	const plural = (n: number, word: string, words = `${word}s`): string =>
		`${n} ${n === 1 ? word : words}`;
	const sql = new Set([...Object.keys(document.sql.drafts), ...Object.keys(document.sql.solved)]);
	return `${plural(cards, 'flashcard')}, ${plural(document.plan.done.length, 'plan tick')}, ${plural(document.mocks.length, 'mock score')}, ${plural(document.stories.length, 'story', 'stories')} and ${plural(sql.size, 'SQL exercise')}`;
}
