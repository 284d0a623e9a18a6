using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;

namespace KubeSharp.ApiServer.Admission;

/// <summary>What an admission plugin sees of a write (upstream's <c>admission.Attributes</c>).</summary>
public sealed record AdmissionAttributes(
    string Operation,
    ResourceMapping Mapping,
    string Subresource,
    string Namespace,
    string Name,
    JsonObject? Object,
    JsonObject? OldObject,
    bool DryRun);
