import type {
  Patient,
  PatientInput,
  PatientStatusPage,
  PatientUpdate,
  PatientWithStatus,
} from '@openiort/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { isApiError } from './api-error.ts';
import { queryKeys } from './query-keys.ts';

export function usePatientList(q: string, limit: number, offset: number) {
  return useQuery({
    queryKey: queryKeys.patientList(q, limit, offset),
    queryFn: () => apiRequest<PatientStatusPage>('/api/patients', { query: { q, limit, offset } }),
    placeholderData: keepPreviousData,
  });
}

export function usePatient(id: string) {
  return useQuery({
    queryKey: queryKeys.patient(id),
    queryFn: () => apiRequest<PatientWithStatus>(`/api/patients/${encodeURIComponent(id)}`),
  });
}

export function useCreatePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PatientInput) =>
      apiRequest<Patient>('/api/patients', { method: 'POST', body: input }),
    // The answer has no status at a glance: refetch the record rather than cache it.
    onSuccess: async (patient) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.patient(patient.id) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.patientLists });
    },
  });
}

export function useUpdatePatient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: PatientUpdate) =>
      apiRequest<Patient>(`/api/patients/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: update,
      }),
    // The answer has no status at a glance: refetch the record rather than cache it.
    onSuccess: async (patient) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.patient(patient.id) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.patientLists });
    },
    onError: async (error) => {
      // Someone else saved meanwhile: fetch their version so the user can compare.
      if (isApiError(error) && error.code === 'version-conflict') {
        await queryClient.invalidateQueries({ queryKey: queryKeys.patient(id) });
      }
    },
  });
}
