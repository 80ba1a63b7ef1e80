import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { type Found, mapPacked } from '../core/index.js';
import { encodeAskComponent } from './custom-id.js';
import { DISCORD_LIMITS, truncate } from './limits.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * "Next match" and "Show context" under the answer at `position` in the question's ranked
 * passages (`passageId` is the one shown). Each button carries in its custom id all it needs.
 */
export function answerButtons(state: {
  position: number;
  passageId: string;
  hasNext: boolean;
  contextShown: boolean;
}): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: encodeAskComponent({ action: 'next', position: state.position + 1 }),
        label: 'Next match',
        disabled: !state.hasNext,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: encodeAskComponent({ action: 'context', position: state.position, passageId: state.passageId }),
        label: 'Show context',
        disabled: state.contextShown,
      },
    ],
  };
}

/** "Did you mean": the nearest passages to pick from when there is no answer. */
export function suggestionMenu(suggestions: readonly Found[]): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: encodeAskComponent({ action: 'pick' }),
        placeholder: 'Did you mean one of these passages?',
        options: mapPacked(suggestions.slice(0, DISCORD_LIMITS.selectOptions), (found) => ({
          label: truncate(found.highlight, DISCORD_LIMITS.selectOptionLabel),
          description: truncate(
            `Paragraph ${found.citation.paragraph} · ${found.citation.title}`,
            DISCORD_LIMITS.selectOptionDescription,
          ),
          value: found.id,
        })),
      },
    ],
  };
}
