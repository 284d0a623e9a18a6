namespace KubeSharp.Api.Apps.V1;

/// <summary>Retain (the default) or Delete; see <see cref="PersistentVolumeClaimRetentionPolicyType"/>.</summary>
public sealed class StatefulSetPersistentVolumeClaimRetentionPolicy : KubeModel
{
    public string? WhenDeleted { get; set; }

    public string? WhenScaled { get; set; }
}
