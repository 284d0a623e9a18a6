using KubeSharp.Api.Core.V1;

namespace KubeSharp.Client.Events;

/// <summary>What to do with an event (upstream's <c>EventCorrelateResult</c>): write it, patch an existing one, or skip it.</summary>
public sealed record EventCorrelateResult(Event Event, string? Patch, bool Skip);
