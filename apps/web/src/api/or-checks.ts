import type {
  ChecklistAnswerRequest,
  OutputCheckRecordDto,
  SessionChecklistDto,
  SessionChecksDto,
} from '@openiort/contract';
import { apiRequest } from './api-client.ts';
import { sessionUrl } from './or-sessions.ts';

/** The session's output checks and checklists (with their versions, answers and completeness). */
export const fetchSessionChecks = (sessionId: string) =>
  apiRequest<SessionChecksDto>(`${sessionUrl(sessionId)}/checks`);

export const postChecklistAnswer = (
  sessionId: string,
  key: string,
  itemId: string,
  body: ChecklistAnswerRequest,
) =>
  apiRequest<SessionChecklistDto>(
    `${sessionUrl(sessionId)}/checklists/${encodeURIComponent(key)}/items/${encodeURIComponent(itemId)}/answers`,
    { method: 'POST', body },
  );

export const postOutputCheck = (sessionId: string, body: unknown) =>
  apiRequest<OutputCheckRecordDto>(`${sessionUrl(sessionId)}/output-checks`, {
    method: 'POST',
    body,
  });
