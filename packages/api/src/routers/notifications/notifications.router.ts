import {
  appendAudit,
  listAccountNotifications,
  listChannelSettings,
  listPetitionNotifications,
  listSink,
  markNotificationsRead,
  recordOptOut,
  revokeOptOut,
  saveChannelSettings,
} from '@doithoai/db';
import {
  NOTIFICATION_CHANNELS,
  recipientKey,
  type ChannelSource,
  type NotificationChannel,
} from '@doithoai/domain';
import { ADMINS, ALL_STAFF, OFFICES, PETITION_READERS } from '../../access.js';
import { NO_NOTIFICATION_PROVIDERS } from '../../notifications/notification-settings.js';
import { router, staffProcedure } from '../../trpc.js';
import { readablePetition } from '../petitions/petition-access.js';
import {
  BellInputSchema,
  MarkReadInputSchema,
  OptOutInputSchema,
  PetitionNotificationsInputSchema,
  SaveChannelInputSchema,
  SinkInputSchema,
} from './notifications.types.js';

/** Everyone with a bell: every staff role and the administrator (never a citizen account). */
const BELL_HOLDERS = [...ALL_STAFF, ...ADMINS];

/**
 * Notifications (issue 15): the bell and its list, the messages sent about a petition, and the
 * administrator's channels, opt-outs and sink. Writing a message is never a procedure: the state
 * changes write them in their own transactions (`src/notifications/`).
 */
export const notificationsRouter = router({
  /** The bell: the caller's in-app messages, newest first, and how many are unread. */
  bell: staffProcedure(BELL_HOLDERS)
    .input(BellInputSchema)
    .query(({ ctx, input }) =>
      listAccountNotifications(ctx.db, ctx.user.accountId, input?.limit ?? 20),
    ),

  markRead: staffProcedure(BELL_HOLDERS)
    .input(MarkReadInputSchema)
    .mutation(async ({ ctx, input }) => ({
      marked: await markNotificationsRead(
        ctx.db,
        ctx.user.accountId,
        input.ids ?? 'all',
        ctx.requestTime.toISOString(),
      ),
    })),

  /** Every message sent about a petition, with its status (the petition page). */
  ofPetition: staffProcedure(PETITION_READERS)
    .input(PetitionNotificationsInputSchema)
    .query(async ({ ctx, input }) => {
      const petition = await readablePetition(ctx, ctx.user, input.petitionId);
      return listPetitionNotifications(ctx.db, petition.id);
    }),

  /** The commune's channels: on or off, and from where; never the credentials. */
  channels: staffProcedure(ADMINS).query(async ({ ctx }) => {
    const settings = ctx.deps.notifications ?? NO_NOTIFICATION_PROVIDERS;
    const stored = await listChannelSettings(ctx.db, ctx.user.adminUnitCode);
    return NOTIFICATION_CHANNELS.map((channel: NotificationChannel) => {
      const row = stored.find((s) => s.channel === channel);
      const source: ChannelSource =
        channel === 'in-app'
          ? 'always'
          : row?.enabled
            ? 'database'
            : settings.channelsFromEnvironment.includes(channel)
              ? 'environment'
              : settings.sink
                ? 'sink'
                : 'off';
      return {
        channel,
        source,
        enabled: source !== 'off',
        settings: row?.settings ?? {},
        hasSecret: row?.hasSecret ?? false,
        updatedAt: row?.updatedAt ?? null,
      };
    });
  }),

  saveChannel: staffProcedure(ADMINS)
    .input(SaveChannelInputSchema)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.requestTime.toISOString();
      const unit = ctx.user.adminUnitCode;
      await ctx.db.transaction().execute(async (trx) => {
        await saveChannelSettings(
          trx,
          {
            adminUnitCode: unit,
            channel: input.channel,
            enabled: input.enabled,
            settings: input.settings,
            ...(input.secret ? { secret: input.secret } : {}),
            updatedBy: ctx.user.accountId,
          },
          now,
        );
        // The audit keeps what changed, never the credentials themselves.
        await appendAudit(trx, {
          at: now,
          actor: { accountId: ctx.user.accountId, role: ctx.user.role },
          adminUnitCode: unit,
          action: 'notification-channel.save',
          entityType: 'notification-channel',
          entityId: `${unit}:${input.channel}`,
          after: {
            enabled: input.enabled,
            settings: input.settings,
            secretChanged: input.secret !== undefined,
          },
        });
      });
      return { saved: true };
    }),

  /** What the demo's sink received (no provider): the administrator reads it at `/admin/`. */
  sink: staffProcedure(ADMINS)
    .input(SinkInputSchema)
    .query(({ ctx, input }) => listSink(ctx.db, ctx.user.adminUnitCode, input?.limit ?? 100)),

  /**
   * A citizen refused (or took back the refusal of) a channel by phone or at the desk: the office
   * records it; no message of that channel reaches the number afterwards.
   */
  optOut: staffProcedure(OFFICES)
    .input(OptOutInputSchema)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.requestTime.toISOString();
      const unit = ctx.user.adminUnitCode;
      const who = recipientKey({ kind: 'phone', phone: input.phone });
      await ctx.db.transaction().execute(async (trx) => {
        if (input.revoke) await revokeOptOut(trx, unit, who, input.channel, now);
        else
          await recordOptOut(
            trx,
            { adminUnitCode: unit, recipientKey: who, channel: input.channel, how: 'official' },
            now,
          );
        await appendAudit(trx, {
          at: now,
          actor: { accountId: ctx.user.accountId, role: ctx.user.role },
          adminUnitCode: unit,
          action: input.revoke ? 'notification-opt-out.revoke' : 'notification-opt-out.record',
          entityType: 'notification-opt-out',
          entityId: `${who}:${input.channel}`,
        });
      });
      return { recorded: true };
    }),
});
