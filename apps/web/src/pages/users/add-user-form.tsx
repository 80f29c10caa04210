import { PASSWORD_MIN_LENGTH, ROLES, ROLE_LABELS, userCreateSchema } from '@openiort/contract';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { sortFieldErrors, validateForm, type SortedErrors } from '../../api/field-errors.ts';
import { useCreateUser } from '../../api/users.ts';
import { useFormState } from '../../components/use-form-state.ts';

const FIELDS = ['email', 'displayName', 'role', 'password'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = { email: '', displayName: '', role: '', password: '' };
const NO_ERRORS: SortedErrors<Field> = { fields: {}, other: [] };
const ROLE_OPTIONS = [
  { value: '', label: 'Choose…' },
  ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];

/**
 * Adds a staff account. The new person signs in with the password given here once, then must
 * choose their own: the administrator knows this one.
 */
export function AddUserForm() {
  const create = useCreateUser();
  const { values, setValues, setErrors, bind } = useFormState<Field>(EMPTY);
  const [added, setAdded] = useState<string | null>(null);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setAdded(null);
    const checked = validateForm(userCreateSchema, values, FIELDS);
    if (!checked.ok) {
      if (values.role === '' && checked.errors.fields.role !== undefined) {
        checked.errors.fields.role = 'Choose a role';
      }
      setErrors(checked.errors);
      return;
    }
    setErrors(NO_ERRORS);
    create.mutate(checked.data, {
      onSuccess: (user) => {
        setValues(EMPTY);
        setAdded(
          `${user.displayName} (${user.email}) can now sign in with this password and will then choose their own.`,
        );
      },
      onError: (error) => {
        if (isApiError(error)) setErrors(sortFieldErrors(error.fieldErrors, FIELDS));
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a user">
      <Stack>
        {added !== null && (
          <Alert color="green" role="status" title="User added">
            {added}
          </Alert>
        )}
        {create.isError && (
          <Alert color="red" role="alert" title="The user was not added">
            {create.error.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Email" type="email" autoComplete="off" required {...bind('email')} />
          <TextInput label="Name" autoComplete="off" required {...bind('displayName')} />
          <NativeSelect label="Role" required data={ROLE_OPTIONS} {...bind('role')} />
          <PasswordInput
            label="Initial password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters. Give it to the person privately; they choose their own at first sign-in.`}
            autoComplete="new-password"
            required
            {...bind('password')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            Add user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
