/**
 * Entry point of the study-plan tracker: restores the chosen plan and its ticks from saved
 * progress, saves every change, and keeps each plan's progress bar and count current. A link
 * with `?plan=<weeks>` (the home page's chooser) chooses that plan and saves the choice.
 */
import type { PlanLength } from '../../data/plan-lengths.ts';
import { planLengths } from '../../data/plan-lengths.ts';
import { planLengthFromSearch, searchWithoutPlan } from '../../practice/plan-query.ts';
import { openProgressSession } from './progress-session.ts';

const tracker = document.querySelector<HTMLElement>('[data-plan-tracker]');

if (tracker) {
	const session = openProgressSession(tracker);
	const boxes = [...tracker.querySelectorAll<HTMLInputElement>('[data-plan-item]')];
	const radios = [...tracker.querySelectorAll<HTMLInputElement>('input[name="plan-length"]')];

	const updateProgress = (): void => {
		for (const plan of tracker.querySelectorAll<HTMLElement>('[data-plan]')) {
			const planBoxes = [...plan.querySelectorAll<HTMLInputElement>('[data-plan-item]')];
			const done = planBoxes.filter((box) => box.checked).length;
			const bar = plan.querySelector<HTMLProgressElement>('[data-plan-progress]');
			const count = plan.querySelector<HTMLElement>('[data-plan-count]');
			if (bar) {
				bar.value = done;
				bar.textContent = `${done} of ${planBoxes.length}`;
			}
			if (count) count.textContent = `${done} of ${planBoxes.length} items done.`;
		}
	};

	// A plan named in the address wins over the saved one; the parameter is then dropped from the
	// address, so a later reload shows the reader's own choice rather than the link's.
	const linked = planLengthFromSearch(window.location.search);
	if (linked !== undefined) {
		if (linked !== session.document.plan.weeks)
			session.save({ ...session.document, plan: { ...session.document.plan, weeks: linked } });
		const { pathname, hash } = window.location;
		history.replaceState(
			history.state,
			'',
			`${pathname}${searchWithoutPlan(window.location.search)}${hash}`,
		);
	}

	const done = new Set(session.document.plan.done);
	for (const box of boxes) box.checked = done.has(box.dataset['planItem'] ?? '');
	for (const radio of radios) radio.checked = Number(radio.value) === session.document.plan.weeks;
	updateProgress();

	tracker.addEventListener('change', (event) => {
		const target = event.target;
		if (!(target instanceof HTMLInputElement)) return;
		const plan = { ...session.document.plan };
		if (target.name === 'plan-length') {
			const weeks = Number(target.value) as PlanLength;
			if (planLengths.includes(weeks)) plan.weeks = weeks;
		} else if (target.dataset['planItem'] !== undefined) {
			// Ticks of items no longer in any plan are kept, so an edited plan never loses them.
			const id = target.dataset['planItem'];
			plan.done = target.checked
				? [...new Set([...plan.done, id])]
				: plan.done.filter((other) => other !== id);
			updateProgress();
		}
		session.save({ ...session.document, plan });
	});
}
