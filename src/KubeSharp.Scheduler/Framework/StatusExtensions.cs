namespace KubeSharp.Scheduler.Framework;

/// <summary>Upstream's nil-safe Status methods: a null status is success.</summary>
public static class StatusExtensions
{
    public static bool IsSuccess(this Status? status) => status is null || status.Code == Code.Success;

    public static bool IsSkip(this Status? status) => status is not null && status.Code == Code.Skip;

    public static bool IsWait(this Status? status) => status is not null && status.Code == Code.Wait;

    /// <summary>True for Unschedulable, UnschedulableAndUnresolvable and Pending: the pod was rejected, not failed.</summary>
    public static bool IsRejected(this Status? status) =>
        status is not null && status.Code is Code.Unschedulable or Code.UnschedulableAndUnresolvable or Code.Pending;

    public static Code CodeOrSuccess(this Status? status) => status?.Code ?? Code.Success;
}
