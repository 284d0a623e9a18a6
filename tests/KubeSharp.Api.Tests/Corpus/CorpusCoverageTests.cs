using System.Reflection;

namespace KubeSharp.Api.Tests.Corpus;

/// <summary>Every kind of a group version has at least one manifest in the round-trip corpus.</summary>
public sealed class CorpusCoverageTests
{
    [Theory]
    [InlineData("KubeSharp.Api.AdmissionRegistration.V1")]
    [InlineData("KubeSharp.Api.ApiExtensions.V1")]
    [InlineData("KubeSharp.Api.Apps.V1")]
    [InlineData("KubeSharp.Api.Authentication.V1")]
    [InlineData("KubeSharp.Api.Authorization.V1")]
    [InlineData("KubeSharp.Api.Autoscaling.V1")]
    [InlineData("KubeSharp.Api.Autoscaling.V2")]
    [InlineData("KubeSharp.Api.Batch.V1")]
    [InlineData("KubeSharp.Api.Certificates.V1")]
    [InlineData("KubeSharp.Api.Coordination.V1")]
    [InlineData("KubeSharp.Api.Discovery.V1")]
    [InlineData("KubeSharp.Api.Events.V1")]
    [InlineData("KubeSharp.Api.Metrics.V1Beta1")]
    [InlineData("KubeSharp.Api.Networking.V1")]
    [InlineData("KubeSharp.Api.NodeApi.V1")]
    [InlineData("KubeSharp.Api.Policy.V1")]
    [InlineData("KubeSharp.Api.Rbac.V1")]
    [InlineData("KubeSharp.Api.Scheduling.V1")]
    [InlineData("KubeSharp.Api.Storage.V1")]
    public void EveryKind_InNamespace_HasACorpusManifest(string ns)
    {
        var covered = CorpusFiles.All()
            .Select(CorpusFiles.Load)
            .Select(KindRegistry.Resolve)
            .Select(type => type.IsGenericType ? type.GetGenericArguments()[0] : type)
            .ToHashSet();

        var kinds = typeof(KubeObject).Assembly.GetTypes()
            .Where(type => type.Namespace == ns && type.GetCustomAttribute<KindAttribute>() is not null)
            .ToList();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.True(covered.Contains(kind), $"no manifest under Corpus/ for {kind.FullName}"));
    }
}
