// Flex Consumption plan and the Linux function app (.NET 10 isolated). Every storage setting is
// identity-based: there is no connection string and no key anywhere in the app's configuration.
param planName string
param appName string
param location string
param tags object
param identityId string
param identityClientId string
param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string
param deploymentContainerName string
param applicationInsightsConnectionString string
param corsAllowedOrigins array
@allowed([ 512, 2048, 4096 ])
param instanceMemoryMB int
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int
param coursesTableName string
param pagesTableName string
param editorsTableName string
@description('SHA-256 (hex) of the operator key; the app compares hashes, so the key itself is in no setting.')
param operatorKeySha256 string
param webhooksTableName string
param deliveryQueueName string
param notificationsHoldBackSeconds int
param defaultTimeZone string
param calendarUidDomain string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Flex Consumption refuses most site configuration properties (ftpsState fails the deployment with
    // 400 on newer stamps), so this sends only what the official Flex sample sends. TLS 1.2 is the
    // platform's default minimum. Platform CORS stays unset: when it is set, the platform answers
    // preflights itself and cannot expose ETag or Location, so the app does CORS (Cors__AllowedOrigins).
    siteConfig: {
      alwaysOn: false
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: {
      // The Functions host's own storage (timers, blob trigger receipts and poison queues).
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
      AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
      AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
      // The app's data and the slide trigger's connection. The worker-side blob binding needs
      // __blobServiceUri (it does not read __serviceUri); the trigger also uses queues.
      CourseStorage__credential: 'managedidentity'
      CourseStorage__clientId: identityClientId
      CourseStorage__blobServiceUri: storageBlobEndpoint
      CourseStorage__queueServiceUri: storageQueueEndpoint
      CourseStorage__tableServiceUri: storageTableEndpoint
      CourseData__TableName: coursesTableName
      CourseData__PagesTableName: pagesTableName
      CourseData__EditorsTableName: editorsTableName
      // The write routes are Anonymous at the host (Bearer tokens would not pass its key check): the app checks the
      // operator key against this hash, and editors' tokens against the Editors table (docs/security.md).
      Auth__OperatorKeySha256: operatorKeySha256
      // Trusted publishing: a course website's workflow asks GitHub for a token with this audience (docs/ci-publishing.md).
      Auth__GitHubAudience: 'https://${app.properties.defaultHostName}/api'
      // Change notices: the queue trigger reads deliveryQueueName through CourseStorage (identity-based, Storage
      // Queue Data Contributor); webhooks must be https to public addresses.
      Notifications__WebhooksTableName: webhooksTableName
      Notifications__QueueName: deliveryQueueName
      Notifications__HoldBackSeconds: string(notificationsHoldBackSeconds)
      Notifications__RequireHttps: 'true'
      Notifications__AllowPrivateAddresses: 'false'
      // Links in responses (JSON, calendars, Atom) are built on this base, never on the caller's Host (docs/configuration.md).
      Api__PublicBaseUrl: 'https://${app.properties.defaultHostName}/api'
      Import__DefaultTimeZone: defaultTimeZone
      Calendar__UidDomain: calendarUidDomain
      // The course websites allowed to call the API from a browser, comma-separated; the app answers CORS.
      Cors__AllowedOrigins: join(corsAllowedOrigins, ',')
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    }
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
