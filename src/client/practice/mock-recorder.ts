/**
 * Optional recordings of a mock round, one per phase, with MediaRecorder. The microphone is asked
 * for only after the reader has read what is kept and clicked to record. Recordings are Blobs in
 * this tab's memory: nothing is uploaded or stored; the reader may download a file, and each
 * recording has a Delete button that also frees its memory.
 */

/** What the round tells the recorder. */
export interface MockRecorder {
	/** A new phase began (its label), or the round ended or restarted (null). */
	phaseChanged: (label: string | null) => void;
}

const extensions: Readonly<Record<string, string>> = { webm: 'webm', ogg: 'ogg', mp4: 'm4a' };

/** Binds the recording controls in `root`. */
export function createRecorder(root: HTMLElement): MockRecorder {
	const find = <T extends HTMLElement>(name: string): T | null =>
		root.querySelector<T>(`[data-record-${name}]`);
	const off = find('off');
	const consent = find('consent');
	const on = find('on');
	const status = find('status');
	const listPanel = root.querySelector<HTMLElement>('[data-recordings-panel]');
	const list = root.querySelector<HTMLElement>('[data-recordings]');
	let stream: MediaStream | null = null;
	let recorder: MediaRecorder | null = null;
	let phase: string | null = null;
	let count = 0;

	const showOnly = (part: HTMLElement | null): void => {
		for (const each of [off, consent, on]) if (each) each.hidden = each !== part;
	};
	const say = (text: string): void => {
		if (status) status.textContent = text;
	};

	const begin = (label: string): void => {
		if (!stream) return;
		const chunks: Blob[] = [];
		const current = new MediaRecorder(stream);
		const startedAt = Date.now();
		current.addEventListener('dataavailable', (event) => {
			if (event.data.size > 0) chunks.push(event.data);
		});
		current.addEventListener('stop', () => {
			add(
				label,
				new Blob(chunks, { type: current.mimeType || 'audio/webm' }),
				Date.now() - startedAt,
			);
		});
		current.start();
		recorder = current;
	};
	const finish = (): void => {
		if (recorder && recorder.state !== 'inactive') recorder.stop();
		recorder = null;
	};

	const add = (label: string, blob: Blob, ms: number): void => {
		if (!list) return;
		count += 1;
		const url = URL.createObjectURL(blob);
		const subtype = /audio\/(\w+)/.exec(blob.type)?.[1] ?? 'webm';
		const seconds = Math.round(ms / 1000);
		const name = `${label}, ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
		const item = document.createElement('li');
		item.dataset['recording'] = label;
		const title = document.createElement('span');
		title.textContent = name;
		const audio = document.createElement('audio');
		audio.controls = true;
		audio.src = url;
		audio.setAttribute('aria-label', `Recording of ${label.toLowerCase()}`);
		const download = document.createElement('a');
		download.href = url;
		download.download = `mock-${count}-${label.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}.${extensions[subtype] ?? 'webm'}`;
		download.textContent = `Download ${label.toLowerCase()}`;
		const remove = document.createElement('button');
		remove.type = 'button';
		remove.className = 'practice-button';
		remove.textContent = `Delete ${label.toLowerCase()}`;
		remove.addEventListener('click', () => {
			audio.removeAttribute('src');
			URL.revokeObjectURL(url);
			item.remove();
			if (listPanel) listPanel.hidden = list.childElementCount === 0;
			say(`Deleted the recording of ${label.toLowerCase()}.`);
		});
		item.append(title, audio, download, remove);
		list.append(item);
		if (listPanel) listPanel.hidden = false;
	};

	find('ask')?.addEventListener('click', () => {
		showOnly(consent);
		find('start')?.focus();
	});
	find('cancel')?.addEventListener('click', () => {
		showOnly(off);
		find('ask')?.focus();
	});
	find('start')?.addEventListener('click', () => {
		if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
			say('This browser cannot record audio. The round goes on without recording.');
			showOnly(off);
			return;
		}
		say('Asking for the microphone\u2026');
		navigator.mediaDevices
			.getUserMedia({ audio: true })
			.then((granted) => {
				stream = granted;
				showOnly(on);
				find('stop')?.focus();
				say('Recording. Each phase is kept as its own recording in this tab only.');
				if (phase) begin(phase);
			})
			.catch((error: unknown) => {
				showOnly(off);
				say(
					`The microphone could not be used (${error instanceof Error ? error.name : String(error)}). Allow it in the browser's site settings to record; the round goes on without it.`,
				);
			});
	});
	find('stop')?.addEventListener('click', () => {
		finish();
		for (const track of stream?.getTracks() ?? []) track.stop();
		stream = null;
		showOnly(off);
		find('ask')?.focus();
		say('Recording stopped. The microphone is off.');
	});

	return {
		phaseChanged(label) {
			finish();
			phase = label;
			if (label) begin(label);
		},
	};
}
