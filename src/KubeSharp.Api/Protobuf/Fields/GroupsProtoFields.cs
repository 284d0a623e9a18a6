using KubeSharp.Api.Authentication.V1;
using KubeSharp.Api.Authorization.V1;
using KubeSharp.Api.Autoscaling.V1;
using KubeSharp.Api.Certificates.V1;
using KubeSharp.Api.Networking.V1;
using KubeSharp.Api.Policy.V1;
using KubeSharp.Api.Rbac.V1;
using KubeSharp.Api.Scheduling.V1;

namespace KubeSharp.Api.Protobuf.Fields;

/// <summary>
/// Field numbers from the generated.proto files of rbac/v1, networking/v1, policy/v1, scheduling/v1,
/// authentication/v1, authorization/v1, certificates/v1 and autoscaling/v1: the other kinds kubectl 1.32+ sends
/// as protobuf (create role|rolebinding|clusterrole|clusterrolebinding|ingress|poddisruptionbudget|priorityclass,
/// create token, auth can-i|whoami, certificate approve|deny, autoscale).
/// </summary>
internal static class GroupsProtoFields
{
    public static void AddTo(ProtoFieldRegistry registry)
    {
        registry
            .Add<Role>("metadata=1 rules=2")
            .Add<ClusterRole>("metadata=1 rules=2 aggregationRule=3")
            .Add<AggregationRule>("clusterRoleSelectors=1")
            .Add<PolicyRule>("verbs=1 apiGroups=2 resources=3 resourceNames=4 nonResourceURLs=5")
            .Add<RoleBinding>("metadata=1 subjects=2 roleRef=3")
            .Add<ClusterRoleBinding>("metadata=1 subjects=2 roleRef=3")
            .Add<Subject>("kind=1 apiGroup=2 name=3 namespace=4")
            .Add<RoleRef>("apiGroup=1 kind=2 name=3");

        registry
            .Add<Ingress>("metadata=1 spec=2 status=3")
            .Add<IngressSpec>("defaultBackend=1 tls=2 rules=3 ingressClassName=4*")
            .Add<IngressTLS>("hosts=1 secretName=2")
            .Add<IngressRule>("host=1 http=2.1")
            .Add<HTTPIngressRuleValue>("paths=1")
            .Add<HTTPIngressPath>("path=1 backend=2 pathType=3*")
            .Add<IngressBackend>("resource=3 service=4")
            .Add<IngressServiceBackend>("name=1 port=2")
            .Add<ServiceBackendPort>("name=1 number=2")
            .Add<IngressStatus>("loadBalancer=1")
            .Add<IngressLoadBalancerStatus>("ingress=1")
            .Add<IngressLoadBalancerIngress>("ip=1 hostname=2 ports=4")
            .Add<IngressPortStatus>("port=1 protocol=2 error=3*");

        registry
            .Add<PodDisruptionBudget>("metadata=1 spec=2 status=3")
            .Add<PodDisruptionBudgetSpec>("minAvailable=1 selector=2 maxUnavailable=3 unhealthyPodEvictionPolicy=4*")
            .Add<PodDisruptionBudgetStatus>("observedGeneration=1 disruptedPods=2 disruptionsAllowed=3 currentHealthy=4 desiredHealthy=5 expectedPods=6 conditions=7")
            .Add<Eviction>("metadata=1 deleteOptions=2")
            .Add<PriorityClass>("metadata=1 value=2 globalDefault=3 description=4 preemptionPolicy=5*");

        registry
            .Add<TokenRequest>("metadata=1 spec=2 status=3")
            .Add<TokenRequestSpec>("audiences=1 boundObjectRef=3 expirationSeconds=4*")
            .Add<BoundObjectReference>("kind=1 apiVersion=2 name=3 uid=4")
            .Add<TokenRequestStatus>("token=1 expirationTimestamp=2")
            .Add<TokenReview>("metadata=1 spec=2 status=3")
            .Add<TokenReviewSpec>("token=1 audiences=2")
            .Add<TokenReviewStatus>("authenticated=1 user=2 error=3 audiences=4")
            .Add<UserInfo>("username=1 uid=2 groups=3 extra=4")
            .Add<SelfSubjectReview>("metadata=1 status=2")
            .Add<SelfSubjectReviewStatus>("userInfo=1");

        registry
            .Add<SelfSubjectAccessReview>("metadata=1 spec=2 status=3")
            .Add<SelfSubjectAccessReviewSpec>("resourceAttributes=1 nonResourceAttributes=2")
            .Add<SubjectAccessReview>("metadata=1 spec=2 status=3")
            .Add<LocalSubjectAccessReview>("metadata=1 spec=2 status=3")
            .Add<SubjectAccessReviewSpec>("resourceAttributes=1 nonResourceAttributes=2 user=3 groups=4 extra=5 uid=6")
            .Add<ResourceAttributes>("namespace=1 verb=2 group=3 version=4 resource=5 subresource=6 name=7 fieldSelector=8 labelSelector=9")
            .Add<FieldSelectorAttributes>("rawSelector=1 requirements=2")
            .Add<LabelSelectorAttributes>("rawSelector=1 requirements=2")
            .Add<NonResourceAttributes>("path=1 verb=2")
            .Add<SubjectAccessReviewStatus>("allowed=1 reason=2 evaluationError=3 denied=4")
            .Add<SelfSubjectRulesReview>("metadata=1 spec=2 status=3")
            .Add<SelfSubjectRulesReviewSpec>("namespace=1")
            .Add<SubjectRulesReviewStatus>("resourceRules=1 nonResourceRules=2 incomplete=3 evaluationError=4")
            .Add<ResourceRule>("verbs=1 apiGroups=2 resources=3 resourceNames=4")
            .Add<NonResourceRule>("verbs=1 nonResourceURLs=2");

        registry
            .Add<CertificateSigningRequest>("metadata=1 spec=2 status=3")
            .Add<CertificateSigningRequestSpec>("request=1 username=2 uid=3 groups=4 usages=5 extra=6 signerName=7 expirationSeconds=8*")
            .Add<CertificateSigningRequestStatus>("conditions=1 certificate=2")
            .Add<CertificateSigningRequestCondition>("type=1 reason=2 message=3 lastUpdateTime=4 lastTransitionTime=5 status=6");

        registry
            .Add<HorizontalPodAutoscaler>("metadata=1 spec=2 status=3")
            .Add<HorizontalPodAutoscalerSpec>("scaleTargetRef=1 minReplicas=2* maxReplicas=3 targetCPUUtilizationPercentage=4*")
            .Add<CrossVersionObjectReference>("kind=1 name=2 apiVersion=3")
            .Add<HorizontalPodAutoscalerStatus>("observedGeneration=1* lastScaleTime=2 currentReplicas=3 desiredReplicas=4 currentCPUUtilizationPercentage=5*")
            .Add<Scale>("metadata=1 spec=2 status=3")
            .Add<ScaleSpec>("replicas=1")
            .Add<ScaleStatus>("replicas=1 selector=2");
    }
}
