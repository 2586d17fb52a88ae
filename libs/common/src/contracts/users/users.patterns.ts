import type { ActorRequest } from '../../auth/auth.types.js';
import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type { AccountResponse, RegisterAccountRequest } from './account.dto.js';
import type { AdminUserResponse, ChangeRoleRequest, DisableUserRequest, ListUsersRequest, UsersPageResponse } from './admin.dto.js';
import type { Acknowledgement, ChangePasswordRequest, EmailBody, LoginRequest, RefreshRequest, ResetPasswordBody, TokenBody, TokenPairResponse } from './auth.dto.js';
import type {
  HistoryEntryResponse,
  HistoryPageResponse,
  LibraryEntryRequest,
  LibraryItemResponse,
  LibraryPageRequest,
  LibraryPageResponse,
  ProfilePageRequest,
  ProfileRulesRequest,
  RecordProgressRequest,
  SetTitleRuleRequest,
  TitleRequest,
  TitleRuleListResponse,
  TitleRuleRequest,
  TitleRuleResponse,
  ViewingPolicyResponse,
} from './library.dto.js';
import type { ParentalControlsResponse, SetParentalControlsRequest } from './parental.dto.js';
import type { HouseholdProvidersResponse, SetHouseholdProvidersRequest } from './household.dto.js';
import type { CreatePairingCodeRequest, DeviceRequest, PairedDeviceListResponse, PairingCodeResponse, RedeemPairingCodeRequest } from './pairing.dto.js';
import type { CreateProfileRequest, ProfileListResponse, ProfileRequest, ProfileResponse, ProfileTokenResponse, SelectProfileRequest, UpdateProfileRequest } from './profile.dto.js';
import type { DeleteAccountRequest, MeResponse, UpdateMeRequest } from './me.dto.js';
import type { ListNotificationsRequest, MarkedReadResponse, NotificationPageResponse, NotificationRequest, NotificationResponse, UnreadCountResponse } from './notification.dto.js';
import type { RevokedSessionsResponse, RevokeSessionRequest, SessionCheckRequest, SessionCheckResponse, SessionListResponse } from './session.dto.js';
import { READ, type PatternPermissions, type PatternPolicies } from '../../nats/pattern-policy.js';

export const UsersPatterns = {
  Health: healthPattern('users'),
  Ping: pingPattern('users'),
  RegisterAccount: 'users.account.register',
  VerifyEmail: 'users.email.verify',
  ResendVerification: 'users.email.resend-verification',
  Login: 'users.auth.login',
  Refresh: 'users.auth.refresh',
  Logout: 'users.auth.logout',
  ForgotPassword: 'users.password.forgot',
  ResetPassword: 'users.password.reset',
  ChangePassword: 'users.password.change',
  ListSessions: 'users.session.list',
  RevokeSession: 'users.session.revoke',
  RevokeOtherSessions: 'users.session.revoke-others',
  CheckSession: 'users.session.check',
  GetMe: 'users.me.get',
  UpdateMe: 'users.me.update',
  DeleteAccount: 'users.account.delete',
  AdminListUsers: 'users.admin.list-users',
  AdminChangeRole: 'users.admin.change-role',
  AdminDisableUser: 'users.admin.disable-user',
  ListProfiles: 'users.profile.list',
  CreateProfile: 'users.profile.create',
  UpdateProfile: 'users.profile.update',
  DeleteProfile: 'users.profile.delete',
  SelectProfile: 'users.profile.select',
  AddToLibrary: 'users.library.add',
  RemoveFromLibrary: 'users.library.remove',
  ListLibrary: 'users.library.list',
  RecordProgress: 'users.history.record',
  ListHistory: 'users.history.list',
  ContinueWatching: 'users.history.continue-watching',
  RemoveHistoryEntry: 'users.history.remove',
  ClearHistory: 'users.history.clear',
  SetTitleRule: 'users.parental.set-rule',
  RemoveTitleRule: 'users.parental.remove-rule',
  ListTitleRules: 'users.parental.list-rules',
  GetViewingPolicy: 'users.parental.viewing-policy',
  GetParentalControls: 'users.parental.get-controls',
  SetParentalControls: 'users.parental.set-controls',
  CreatePairingCode: 'users.pairing.create-code',
  RedeemPairingCode: 'users.pairing.redeem',
  ListDevices: 'users.device.list',
  UnpairDevice: 'users.device.unpair',
  GetHouseholdProviders: 'users.household.providers.get',
  SetHouseholdProviders: 'users.household.providers.set',
  ListNotifications: 'users.notification.list',
  CountUnreadNotifications: 'users.notification.unread-count',
  MarkNotificationRead: 'users.notification.read',
  MarkAllNotificationsRead: 'users.notification.read-all',
} as const;

export type UsersContract = {
  [UsersPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [UsersPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
  [UsersPatterns.RegisterAccount]: { request: RegisterAccountRequest; response: AccountResponse };
  [UsersPatterns.VerifyEmail]: { request: TokenBody; response: AccountResponse };
  [UsersPatterns.ResendVerification]: { request: EmailBody; response: Acknowledgement };
  [UsersPatterns.Login]: { request: LoginRequest; response: TokenPairResponse };
  [UsersPatterns.Refresh]: { request: RefreshRequest; response: TokenPairResponse };
  [UsersPatterns.Logout]: { request: ActorRequest; response: Acknowledgement };
  [UsersPatterns.ForgotPassword]: { request: EmailBody; response: Acknowledgement };
  [UsersPatterns.ResetPassword]: { request: ResetPasswordBody; response: Acknowledgement };
  [UsersPatterns.ChangePassword]: { request: ChangePasswordRequest; response: RevokedSessionsResponse };
  [UsersPatterns.ListSessions]: { request: ActorRequest; response: SessionListResponse };
  [UsersPatterns.RevokeSession]: { request: RevokeSessionRequest; response: Acknowledgement };
  [UsersPatterns.RevokeOtherSessions]: { request: ActorRequest; response: RevokedSessionsResponse };
  [UsersPatterns.CheckSession]: { request: SessionCheckRequest; response: SessionCheckResponse };
  [UsersPatterns.GetMe]: { request: ActorRequest; response: MeResponse };
  [UsersPatterns.UpdateMe]: { request: UpdateMeRequest; response: MeResponse };
  [UsersPatterns.DeleteAccount]: { request: DeleteAccountRequest; response: Acknowledgement };
  [UsersPatterns.AdminListUsers]: { request: ListUsersRequest; response: UsersPageResponse };
  [UsersPatterns.AdminChangeRole]: { request: ChangeRoleRequest; response: AdminUserResponse };
  [UsersPatterns.AdminDisableUser]: { request: DisableUserRequest; response: AdminUserResponse };
  [UsersPatterns.ListProfiles]: { request: ActorRequest; response: ProfileListResponse };
  [UsersPatterns.CreateProfile]: { request: CreateProfileRequest; response: ProfileResponse };
  [UsersPatterns.UpdateProfile]: { request: UpdateProfileRequest; response: ProfileResponse };
  [UsersPatterns.DeleteProfile]: { request: ProfileRequest; response: Acknowledgement };
  [UsersPatterns.SelectProfile]: { request: SelectProfileRequest; response: ProfileTokenResponse };
  [UsersPatterns.AddToLibrary]: { request: LibraryEntryRequest; response: LibraryItemResponse };
  [UsersPatterns.RemoveFromLibrary]: { request: LibraryEntryRequest; response: Acknowledgement };
  [UsersPatterns.ListLibrary]: { request: LibraryPageRequest; response: LibraryPageResponse };
  [UsersPatterns.RecordProgress]: { request: RecordProgressRequest; response: HistoryEntryResponse };
  [UsersPatterns.ListHistory]: { request: ProfilePageRequest; response: HistoryPageResponse };
  [UsersPatterns.ContinueWatching]: { request: ProfilePageRequest; response: HistoryPageResponse };
  [UsersPatterns.RemoveHistoryEntry]: { request: TitleRequest; response: Acknowledgement };
  [UsersPatterns.ClearHistory]: { request: ActorRequest; response: Acknowledgement };
  [UsersPatterns.SetTitleRule]: { request: SetTitleRuleRequest; response: TitleRuleResponse };
  [UsersPatterns.RemoveTitleRule]: { request: TitleRuleRequest; response: Acknowledgement };
  [UsersPatterns.ListTitleRules]: { request: ProfileRulesRequest; response: TitleRuleListResponse };
  [UsersPatterns.GetViewingPolicy]: { request: ActorRequest; response: ViewingPolicyResponse };
  [UsersPatterns.GetParentalControls]: { request: ProfileRulesRequest; response: ParentalControlsResponse };
  [UsersPatterns.SetParentalControls]: { request: SetParentalControlsRequest; response: ParentalControlsResponse };
  [UsersPatterns.CreatePairingCode]: { request: CreatePairingCodeRequest; response: PairingCodeResponse };
  [UsersPatterns.RedeemPairingCode]: { request: RedeemPairingCodeRequest; response: TokenPairResponse };
  [UsersPatterns.ListDevices]: { request: ActorRequest; response: PairedDeviceListResponse };
  [UsersPatterns.UnpairDevice]: { request: DeviceRequest; response: Acknowledgement };
  [UsersPatterns.GetHouseholdProviders]: { request: ActorRequest; response: HouseholdProvidersResponse };
  [UsersPatterns.SetHouseholdProviders]: { request: SetHouseholdProvidersRequest; response: HouseholdProvidersResponse };
  [UsersPatterns.ListNotifications]: { request: ListNotificationsRequest; response: NotificationPageResponse };
  [UsersPatterns.CountUnreadNotifications]: { request: ActorRequest; response: UnreadCountResponse };
  [UsersPatterns.MarkNotificationRead]: { request: NotificationRequest; response: NotificationResponse };
  [UsersPatterns.MarkAllNotificationsRead]: { request: ActorRequest; response: MarkedReadResponse };
};

/** Reads are retried when a try gets no answer; some patterns have their own deadline. */
export const UsersPatternPolicies: PatternPolicies<UsersContract> = {
  [UsersPatterns.Health]: READ,
  [UsersPatterns.Ping]: READ,
  [UsersPatterns.ListSessions]: READ,
  [UsersPatterns.CheckSession]: READ,
  [UsersPatterns.GetMe]: READ,
  [UsersPatterns.AdminListUsers]: READ,
  [UsersPatterns.ListProfiles]: READ,
  [UsersPatterns.ListLibrary]: READ,
  [UsersPatterns.ListHistory]: READ,
  [UsersPatterns.ContinueWatching]: READ,
  [UsersPatterns.ListTitleRules]: READ,
  [UsersPatterns.GetViewingPolicy]: READ,
  [UsersPatterns.ListDevices]: READ,
  [UsersPatterns.GetHouseholdProviders]: READ,
  [UsersPatterns.ListNotifications]: READ,
  [UsersPatterns.CountUnreadNotifications]: READ,
};

/** The permission each pattern needs, checked by the service's AccessGuard before the handler runs. */
export const UsersPatternPermissions: PatternPermissions<UsersContract> = {
  [UsersPatterns.Health]: 'internal',
  [UsersPatterns.Ping]: 'internal',
  [UsersPatterns.GetHouseholdProviders]: 'internal',
  [UsersPatterns.RegisterAccount]: 'public',
  [UsersPatterns.VerifyEmail]: 'public',
  [UsersPatterns.ResendVerification]: 'public',
  [UsersPatterns.Login]: 'public',
  [UsersPatterns.Refresh]: 'public',
  [UsersPatterns.ForgotPassword]: 'public',
  [UsersPatterns.ResetPassword]: 'public',
  [UsersPatterns.RedeemPairingCode]: 'public',
  [UsersPatterns.Logout]: 'session.own',
  [UsersPatterns.ChangePassword]: 'account.manage',
  [UsersPatterns.ListSessions]: 'account.manage',
  [UsersPatterns.CheckSession]: 'internal',
  [UsersPatterns.RevokeSession]: 'account.manage',
  [UsersPatterns.RevokeOtherSessions]: 'account.manage',
  [UsersPatterns.UpdateMe]: 'account.manage',
  [UsersPatterns.DeleteAccount]: 'account.manage',
  [UsersPatterns.CreateProfile]: 'account.manage',
  [UsersPatterns.UpdateProfile]: 'account.manage',
  [UsersPatterns.DeleteProfile]: 'account.manage',
  [UsersPatterns.SetTitleRule]: 'account.manage',
  [UsersPatterns.RemoveTitleRule]: 'account.manage',
  [UsersPatterns.ListTitleRules]: 'account.manage',
  [UsersPatterns.GetParentalControls]: 'account.manage',
  [UsersPatterns.SetParentalControls]: 'account.manage',
  [UsersPatterns.CreatePairingCode]: 'account.manage',
  [UsersPatterns.ListDevices]: 'account.manage',
  [UsersPatterns.UnpairDevice]: 'account.manage',
  [UsersPatterns.SetHouseholdProviders]: 'account.manage',
  [UsersPatterns.AdminListUsers]: 'users.admin',
  [UsersPatterns.AdminChangeRole]: 'users.admin',
  [UsersPatterns.AdminDisableUser]: 'users.admin',
  [UsersPatterns.GetMe]: 'library.use',
  // A kid profile leaves itself with its PIN (checked by the service).
  [UsersPatterns.SelectProfile]: 'library.use',
  [UsersPatterns.ListProfiles]: 'library.use',
  [UsersPatterns.AddToLibrary]: 'library.use',
  [UsersPatterns.RemoveFromLibrary]: 'library.use',
  [UsersPatterns.ListLibrary]: 'library.use',
  [UsersPatterns.ListHistory]: 'library.use',
  [UsersPatterns.ContinueWatching]: 'library.use',
  [UsersPatterns.RemoveHistoryEntry]: 'library.use',
  [UsersPatterns.ClearHistory]: 'library.use',
  [UsersPatterns.ListNotifications]: 'account.manage',
  [UsersPatterns.CountUnreadNotifications]: 'account.manage',
  [UsersPatterns.MarkNotificationRead]: 'account.manage',
  [UsersPatterns.MarkAllNotificationsRead]: 'account.manage',
  [UsersPatterns.RecordProgress]: 'playback',
  [UsersPatterns.GetViewingPolicy]: 'playback',
};
