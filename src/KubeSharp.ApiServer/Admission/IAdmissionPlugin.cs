namespace KubeSharp.ApiServer.Admission;

/// <summary>
/// One admission plugin (upstream's <c>admission.Interface</c>): it may change the object (mutating) and
/// refuse the request by throwing a StatusError (validating). Plugins run in registration order after the
/// strategy has prepared and validated the object, before it is stored.
/// </summary>
public interface IAdmissionPlugin
{
    string Name { get; }

    ValueTask AdmitAsync(AdmissionAttributes attributes, CancellationToken cancellationToken);
}
