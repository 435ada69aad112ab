import { RelationshipCell as RelationshipCell_6054b6f3be3fdf1e027f56bd82829722 } from '../../../../src/components/RelationshipCell'
import { LocalDateCell as LocalDateCell_c178cfc402189fa0cfbbfe1e681f22da } from '../../../../src/components/LocalDateField'
import { LocalDateField as LocalDateField_c178cfc402189fa0cfbbfe1e681f22da } from '../../../../src/components/LocalDateField'
import { NextStepCell as NextStepCell_65b67322e9fcebf23c1b927289331696 } from '../../../../src/components/WorkbenchCells'
import { DaysWaitingCell as DaysWaitingCell_65b67322e9fcebf23c1b927289331696 } from '../../../../src/components/WorkbenchCells'
import { WorkflowPanel as WorkflowPanel_1ed821aee007f45761041bd89fbaa4a6 } from '../../../../src/components/WorkflowPanel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CountCell as CountCell_65b67322e9fcebf23c1b927289331696 } from '../../../../src/components/WorkbenchCells'
import { MoneyCell as MoneyCell_9d971ea98a6e4b043ef55920f787f459 } from '../../../../src/components/MoneyCell'
import { CheckboxCell as CheckboxCell_2ef9fa58e1441c863934acadec44cf08 } from '../../../../src/components/CheckboxCell'
import { ImportMembers as ImportMembers_c2915818ebca51d7c9e26000ec2b4b05 } from '../../../../src/components/ImportMembers'
import { OverrideRuleField as OverrideRuleField_3f3096464215acb965c9dd9f218873b3 } from '../../../../src/components/OverrideRuleField'
import { ExportButton as ExportButton_a91b080045b1ddb7d729e777b6b52e9c } from '../../../../src/components/ExportButton'
import { BulkTransition as BulkTransition_440e878f93374e8aabb6de9f0f7ce3bc } from '../../../../src/components/BulkTransition'
import { MemberUnitPicker as MemberUnitPicker_d35a9524b74a8dd208c174f17bf6c6fa } from '../../../../src/components/MemberUnitPicker'
import { ScoresField as ScoresField_cda52ffaf3dd43ddc68a964dce4fd543 } from '../../../../src/components/ScoresField'
import { ParameterRowLabel as ParameterRowLabel_1e8d0417cb5fae391434db2a546ea441 } from '../../../../src/components/ParameterRowLabel'
import { RevisionPreview as RevisionPreview_6fa5d2f84475f98c76422885271bf4e9 } from '../../../../src/components/RevisionPreview'
import { PlainJsonField as PlainJsonField_5e67a2632f5218a7ca5de033ec5d5747 } from '../../../../src/components/PlainJsonField'
import { CurrentPasswordField as CurrentPasswordField_2c1957eae8e18a7c7fc440ff22930ac7 } from '../../../../src/components/CurrentPasswordField'
import { SpreadsheetJobField as SpreadsheetJobField_478eb30d47867289b7fd5cb06ddde491 } from '../../../../src/components/SpreadsheetJobStatus'
import { QueryPresetsAccessCell as QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { PresetWhereCell as PresetWhereCell_e8151883d25d21a0143e0bc417c4c93c } from '../../../../src/components/PresetColumns'
import { QueryPresetsWhereField as QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { PresetColumnsCell as PresetColumnsCell_e8151883d25d21a0143e0bc417c4c93c } from '../../../../src/components/PresetColumns'
import { PresetColumnsField as PresetColumnsField_e8151883d25d21a0143e0bc417c4c93c } from '../../../../src/components/PresetColumns'
import { QueryPresetsGroupByCell as QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByField as QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { StaffOnlyPresets as StaffOnlyPresets_fc591673dc9099c5f19f9fbdad9727ea } from '../../../../src/components/StaffOnlyPresets'
import { MyWork as MyWork_d40c1e2347a90734df8605b79d130530 } from '../../../../src/components/MyWork'
import { Dashboard as Dashboard_e1aaac9d73a3992d50b4a18beefc4f4e } from '../../../../src/components/Dashboard'
import { LanguageDateFormat as LanguageDateFormat_8f3bae6dedd171d5ed7dd2cf16bf3ddd } from '../../../../src/components/LanguageDateFormat'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/RelationshipCell#RelationshipCell": RelationshipCell_6054b6f3be3fdf1e027f56bd82829722,
  "/src/components/LocalDateField#LocalDateCell": LocalDateCell_c178cfc402189fa0cfbbfe1e681f22da,
  "/src/components/LocalDateField#LocalDateField": LocalDateField_c178cfc402189fa0cfbbfe1e681f22da,
  "/src/components/WorkbenchCells#NextStepCell": NextStepCell_65b67322e9fcebf23c1b927289331696,
  "/src/components/WorkbenchCells#DaysWaitingCell": DaysWaitingCell_65b67322e9fcebf23c1b927289331696,
  "/src/components/WorkflowPanel#WorkflowPanel": WorkflowPanel_1ed821aee007f45761041bd89fbaa4a6,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/WorkbenchCells#CountCell": CountCell_65b67322e9fcebf23c1b927289331696,
  "/src/components/MoneyCell#MoneyCell": MoneyCell_9d971ea98a6e4b043ef55920f787f459,
  "/src/components/CheckboxCell#CheckboxCell": CheckboxCell_2ef9fa58e1441c863934acadec44cf08,
  "/src/components/ImportMembers#ImportMembers": ImportMembers_c2915818ebca51d7c9e26000ec2b4b05,
  "/src/components/OverrideRuleField#OverrideRuleField": OverrideRuleField_3f3096464215acb965c9dd9f218873b3,
  "/src/components/ExportButton#ExportButton": ExportButton_a91b080045b1ddb7d729e777b6b52e9c,
  "/src/components/BulkTransition#BulkTransition": BulkTransition_440e878f93374e8aabb6de9f0f7ce3bc,
  "/src/components/MemberUnitPicker#MemberUnitPicker": MemberUnitPicker_d35a9524b74a8dd208c174f17bf6c6fa,
  "/src/components/ScoresField#ScoresField": ScoresField_cda52ffaf3dd43ddc68a964dce4fd543,
  "/src/components/ParameterRowLabel#ParameterRowLabel": ParameterRowLabel_1e8d0417cb5fae391434db2a546ea441,
  "/src/components/RevisionPreview#RevisionPreview": RevisionPreview_6fa5d2f84475f98c76422885271bf4e9,
  "/src/components/PlainJsonField#PlainJsonField": PlainJsonField_5e67a2632f5218a7ca5de033ec5d5747,
  "/src/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_2c1957eae8e18a7c7fc440ff22930ac7,
  "/src/components/SpreadsheetJobStatus#SpreadsheetJobField": SpreadsheetJobField_478eb30d47867289b7fd5cb06ddde491,
  "@payloadcms/next/client#QueryPresetsAccessCell": QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40,
  "/src/components/PresetColumns#PresetWhereCell": PresetWhereCell_e8151883d25d21a0143e0bc417c4c93c,
  "@payloadcms/next/client#QueryPresetsWhereField": QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40,
  "/src/components/PresetColumns#PresetColumnsCell": PresetColumnsCell_e8151883d25d21a0143e0bc417c4c93c,
  "/src/components/PresetColumns#PresetColumnsField": PresetColumnsField_e8151883d25d21a0143e0bc417c4c93c,
  "@payloadcms/next/client#QueryPresetsGroupByCell": QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByField": QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40,
  "/src/components/StaffOnlyPresets#StaffOnlyPresets": StaffOnlyPresets_fc591673dc9099c5f19f9fbdad9727ea,
  "/src/components/MyWork#MyWork": MyWork_d40c1e2347a90734df8605b79d130530,
  "/src/components/Dashboard#Dashboard": Dashboard_e1aaac9d73a3992d50b4a18beefc4f4e,
  "/src/components/LanguageDateFormat#LanguageDateFormat": LanguageDateFormat_8f3bae6dedd171d5ed7dd2cf16bf3ddd,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
