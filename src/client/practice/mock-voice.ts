/**
 * The interviewer's voice: the browser's built-in speechSynthesis, with the voice, speed and mute
 * the reader chose, remembered in localStorage. Speech is synthesized by the browser and the
 * operating system; the handbook sends nothing anywhere. Without speechSynthesis or without any
 * voice, nothing is spoken and the transcript carries every line.
 */

/** Where the reader's voice settings are kept. */
export const voiceSettingsKey = 'handbook-mock-voice';

/** The reader's voice settings. */
export interface VoiceSettings {
	/** voiceURI of the chosen voice, or '' for the browser's default. */
	voice: string;
	rate: number;
	muted: boolean;
}

const rates = [0.8, 1, 1.2, 1.5];
const defaults: VoiceSettings = { voice: '', rate: 1, muted: false };

function loadSettings(): VoiceSettings {
	try {
		const value = JSON.parse(localStorage.getItem(voiceSettingsKey) ?? 'null') as unknown;
		if (typeof value !== 'object' || value === null) return { ...defaults };
		const fields = value as Record<string, unknown>;
		return {
			voice: typeof fields['voice'] === 'string' ? fields['voice'] : '',
			rate: rates.includes(fields['rate'] as number) ? (fields['rate'] as number) : 1,
			muted: fields['muted'] === true,
		};
	} catch {
		return { ...defaults };
	}
}

function saveSettings(settings: VoiceSettings): void {
	try {
		localStorage.setItem(voiceSettingsKey, JSON.stringify(settings));
	} catch {
		// Storage full or blocked: the settings last for this visit only.
	}
}

/** Binds the voice controls in `root` and returns what speaks a line. */
export function createVoice(root: HTMLElement): {
	speak: (text: string) => void;
	cancel: () => void;
} {
	const synth = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis ?? null;
	const Utterance = (window as { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance })
		.SpeechSynthesisUtterance;
	const select = root.querySelector<HTMLSelectElement>('[data-voice-select]');
	const rate = root.querySelector<HTMLSelectElement>('[data-voice-rate]');
	const mute = root.querySelector<HTMLInputElement>('[data-voice-mute]');
	const status = root.querySelector<HTMLElement>('[data-voice-status]');
	const settings = loadSettings();
	let voices: SpeechSynthesisVoice[] = [];

	const canSpeak = (): boolean => synth !== null && Utterance !== undefined && voices.length > 0;
	const describe = (): void => {
		if (!status) return;
		status.textContent =
			!synth || !Utterance
				? 'This browser cannot speak, so the interviewer\u2019s lines appear below as text.'
				: voices.length === 0
					? 'No voices are installed in this browser, so the interviewer\u2019s lines appear below as text.'
					: settings.muted
						? 'Muted: the interviewer\u2019s lines appear below as text.'
						: 'The interviewer speaks each line and writes it below.';
	};
	const fillVoices = (): void => {
		voices = synth?.getVoices() ?? [];
		if (select) {
			if (voices.length === 0) {
				const none = new Option('No voices available', '');
				select.replaceChildren(none);
				select.disabled = true;
			} else {
				select.disabled = false;
				select.replaceChildren(
					new Option('Browser default', ''),
					...voices.map((voice) => new Option(`${voice.name} (${voice.lang})`, voice.voiceURI)),
				);
				select.value = voices.some((voice) => voice.voiceURI === settings.voice)
					? settings.voice
					: '';
			}
		}
		describe();
	};

	if (rate) rate.value = String(settings.rate);
	if (mute) mute.checked = settings.muted;
	fillVoices();
	synth?.addEventListener('voiceschanged', fillVoices);
	select?.addEventListener('change', () => {
		settings.voice = select.value;
		saveSettings(settings);
	});
	rate?.addEventListener('change', () => {
		settings.rate = Number(rate.value);
		saveSettings(settings);
	});
	mute?.addEventListener('change', () => {
		settings.muted = mute.checked;
		if (settings.muted) synth?.cancel();
		saveSettings(settings);
		describe();
	});

	return {
		speak(text) {
			if (!canSpeak() || settings.muted || !synth || !Utterance) return;
			const utterance = new Utterance(text);
			const chosen = voices.find((voice) => voice.voiceURI === settings.voice);
			if (chosen) {
				utterance.voice = chosen;
				utterance.lang = chosen.lang;
			}
			utterance.rate = settings.rate;
			synth.speak(utterance);
		},
		cancel() {
			synth?.cancel();
		},
	};
}
