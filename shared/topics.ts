import * as z from 'zod';
import { TOPIC_GROUPS, TOPIC_IDS, type TopicGroup } from './topic-list';

/** The topic list lives in a zod-free module the weapp main package can import; the schemas live here. */
export * from './topic-list';

export const topicGroupSchema = z.enum(TOPIC_GROUPS.map((g) => g.id) as [TopicGroup, ...TopicGroup[]]);
export const topicIdSchema = z.enum(TOPIC_IDS);
