/**
 * Entry point of the mock-interview page: the prompt picker, the phase timer (pure logic in
 * src/practice/round-timer.ts, redrawn from the clock twice a second) and the self-score
 * rubric, whose results are saved with the rest of the reader's progress. The interviewer's
 * speech, the recordings and the key-point feedback live in ./mock-round.ts, imported only when
 * the reader first starts the clock, so a reader who only looks at the page never loads them.
 */
import type { MockRecord, RubricScore } from '../../practice/progress-document.ts';
import { averageScore, rubricScoreLabels } from '../../practice/rubric-scores.ts';
import {
	formatClock,
	initialTimer,
	pauseTimer,
	readTimer,
	skipToNextPhase,
	startTimer,
	type TimerState,
} from '../../practice/round-timer.ts';
import { systemDesignPhases as phases } from '../../data/round-phases.ts';
import { openProgressSession, type ProgressSession } from './progress-session.ts';
import type { MockRound } from './mock-round.ts';

const root = document.querySelector<HTMLElement>('[data-mock-interview]');

/** The running round's interviewer, recordings and feedback, once loaded. */
let round: MockRound | null = null;
let loading: Promise<MockRound | null> | null = null;

if (root) {
	const session = openProgressSession(root);
	const promptSelect = root.querySelector<HTMLSelectElement>('[data-prompt-select]');
	const loadRound = (): Promise<MockRound | null> => {
		loading ??= import('./mock-round.ts')
			.then(({ startMockRound }) => {
				round = startMockRound(root, session, phases);
				return round;
			})
			.catch((error: unknown) => {
				console.error(error);
				loading = null;
				return null;
			});
		return loading;
	};
	enhancePromptPicker(root, promptSelect);
	enhanceTimer(root, loadRound);
	enhanceRubric(root, session, promptSelect);
}

function enhancePromptPicker(root: HTMLElement, select: HTMLSelectElement | null): void {
	const chosen = root.querySelector<HTMLElement>('[data-chosen-prompt]');
	if (!select || !chosen) return;
	const levels = root.querySelector<HTMLElement>('[data-chosen-levels]');
	const show = (): void => {
		const option = select.selectedOptions[0];
		chosen.textContent = option?.textContent.trim() ?? '';
		if (levels)
			levels.textContent = option?.dataset['levels'] ? `${option.dataset['levels']}.` : '';
	};
	select.addEventListener('change', show);
	root.querySelector('[data-random-prompt]')?.addEventListener('click', () => {
		// Never "pick" the prompt already shown, so the button always visibly changes something.
		const others = [...select.options].filter((option) => option.index !== select.selectedIndex);
		const pick = others[Math.floor(Math.random() * others.length)];
		if (pick) select.selectedIndex = pick.index;
		show();
	});
	show();
}

function enhanceTimer(root: HTMLElement, loadRound: () => Promise<MockRound | null>): void {
	const find = (name: string): HTMLElement | null =>
		root.querySelector<HTMLElement>(`[data-timer-${name}]`);
	const phaseLabel = find('phase');
	const phaseRemaining = find('phase-remaining');
	const roundRemaining = find('round-remaining');
	const toggle = find('toggle');
	const announcer = find('announcer');
	const phaseItems = [...root.querySelectorAll<HTMLElement>('[data-phase]')];
	let state: TimerState = initialTimer();
	let shownPhase = 0;
	let tick = 0;

	const draw = (): void => {
		const reading = readTimer(phases, state, Date.now());
		if (phaseLabel) phaseLabel.textContent = reading.phase?.label ?? 'Round over';
		if (phaseRemaining) phaseRemaining.textContent = formatClock(reading.phaseRemaining);
		if (roundRemaining) roundRemaining.textContent = formatClock(reading.roundRemaining);
		if (toggle)
			toggle.textContent = reading.running
				? 'Pause'
				: reading.finished
					? 'Start'
					: state.elapsedBeforeRun > 0
						? 'Resume'
						: 'Start';
		phaseItems.forEach((item, i) => {
			if (i === reading.phaseIndex) item.setAttribute('aria-current', 'step');
			else item.removeAttribute('aria-current');
		});
		if (reading.phaseIndex !== shownPhase && announcer) {
			announcer.textContent = reading.phase
				? `Next phase: ${reading.phase.label}, ${reading.phase.minutes} minutes.`
				: 'Time is up. Score yourself below.';
		}
		shownPhase = reading.phaseIndex;
		round?.update(
			reading.phaseIndex,
			reading.running || reading.phaseIndex > 0 || state.elapsedBeforeRun > 0,
		);
		if (!reading.running) {
			clearInterval(tick);
			tick = 0;
		}
	};
	const run = (): void => {
		if (tick === 0) tick = window.setInterval(draw, 500);
	};

	toggle?.addEventListener('click', () => {
		const now = Date.now();
		const reading = readTimer(phases, state, now);
		if (reading.finished) state = initialTimer();
		state = reading.running ? pauseTimer(phases, state, now) : startTimer(phases, state, now);
		if (!reading.running) run();
		draw();
		// The first start loads the interviewer, which then follows every redraw.
		if (!round) void loadRound().then(() => draw());
	});
	find('next')?.addEventListener('click', () => {
		state = skipToNextPhase(phases, state, Date.now());
		draw();
	});
	find('reset')?.addEventListener('click', () => {
		state = initialTimer();
		if (announcer)
			announcer.textContent = `Round restarted: ${phases[0]?.label}, ${phases[0]?.minutes} minutes.`;
		shownPhase = 0;
		round?.reset();
		draw();
	});
	draw();
}

function enhanceRubric(
	root: HTMLElement,
	session: ProgressSession,
	promptSelect: HTMLSelectElement | null,
): void {
	const form = root.querySelector<HTMLFormElement>('[data-rubric-form]');
	const status = root.querySelector<HTMLElement>('[data-rubric-status]');
	const history = root.querySelector<HTMLElement>('[data-mock-history]');
	const empty = root.querySelector<HTMLElement>('[data-mock-history-empty]');
	if (!form || !history) return;
	// Dimensions come from the rendered rubric, so the page does not ship the evaluation data twice.
	const dimensions = [...form.querySelectorAll<HTMLElement>('[data-dimension]')].map(
		(fieldset) => ({
			id: fieldset.dataset['dimension'] ?? '',
			name: fieldset.dataset['dimensionName'] ?? '',
		}),
	);

	const drawHistory = (): void => {
		const dateFormat = new Intl.DateTimeFormat(undefined, {
			dateStyle: 'medium',
			timeStyle: 'short',
		});
		history.replaceChildren(
			...[...session.document.mocks].reverse().map((mock) => {
				const item = document.createElement('li');
				const title = document.createElement('strong');
				title.textContent = mock.prompt;
				const average = averageScore(mock);
				const scores = dimensions
					.filter((dimension) => mock.scores[dimension.id] !== undefined)
					.map((dimension) => `${dimension.name} ${mock.scores[dimension.id]}`)
					.join(', ');
				const points = (mock.covered?.length ?? 0) + (mock.missed?.length ?? 0);
				item.append(
					title,
					document.createElement('br'),
					`${dateFormat.format(mock.savedAt)}. ${scores || 'No scores'}${average === null ? '' : `; average ${average.toFixed(1)} of 4`}${points > 0 ? `; covered ${mock.covered?.length ?? 0} of ${points} key points` : ''}.`,
				);
				return item;
			}),
		);
		if (empty) empty.hidden = session.document.mocks.length > 0;
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const data = new FormData(form);
		const scores: Record<string, RubricScore> = {};
		const notes: Record<string, string> = {};
		for (const dimension of dimensions) {
			const score = Number(data.get(`score-${dimension.id}`));
			if (score >= 1 && score <= rubricScoreLabels.length)
				scores[dimension.id] = score as RubricScore;
			const noteField = data.get(`notes-${dimension.id}`);
			const note = typeof noteField === 'string' ? noteField.trim() : '';
			if (note) notes[dimension.id] = note;
		}
		if (Object.keys(scores).length === 0) {
			if (status) status.textContent = 'Score at least one dimension before saving.';
			return;
		}
		const option = promptSelect?.selectedOptions[0];
		const mock: MockRecord = {
			promptId: option?.value ?? '',
			prompt: option?.textContent.trim() ?? '',
			savedAt: Date.now(),
			scores,
			notes,
		};
		// The key-point checklist, when the round showed one: ticked points covered, the rest missed.
		const points = [...form.querySelectorAll<HTMLInputElement>('input[data-key-point]')];
		if (points.length > 0) {
			mock.covered = points.filter((point) => point.checked).map((point) => point.value);
			mock.missed = points.filter((point) => !point.checked).map((point) => point.value);
		}
		session.save({ ...session.document, mocks: [...session.document.mocks, mock] });
		form.reset();
		round?.afterSave();
		drawHistory();
		if (status)
			status.textContent = `Saved. Average ${averageScore(mock)?.toFixed(1)} of 4 across ${Object.keys(scores).length} dimensions.`;
	});
	drawHistory();
}
