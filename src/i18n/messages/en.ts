/**
 * The message catalog's own words in English (/messages/): its group and place names. The
 * messages themselves are never translated (people see them in English); their meanings come from
 * `content/<locale>/messages.yaml`. Spanish and Japanese `satisfies` this type.
 */
import { MESSAGE_GROUPS, MESSAGE_PLACES, type MessageGroup, type MessagePlace } from '../../config/messages';

export interface CatalogWords {
  readonly groups: Readonly<Record<MessageGroup, string>>;
  readonly places: Readonly<Record<MessagePlace, string>>;
}

export const en: CatalogWords = { groups: MESSAGE_GROUPS, places: MESSAGE_PLACES };
