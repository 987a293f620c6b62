using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Training.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Recertification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RecertificationPathId",
                table: "Courses",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Courses_RecertificationPathId",
                table: "Courses",
                column: "RecertificationPathId");

            migrationBuilder.AddForeignKey(
                name: "FK_Courses_LearningPaths_RecertificationPathId",
                table: "Courses",
                column: "RecertificationPathId",
                principalTable: "LearningPaths",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Courses_LearningPaths_RecertificationPathId",
                table: "Courses");

            migrationBuilder.DropIndex(
                name: "IX_Courses_RecertificationPathId",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "RecertificationPathId",
                table: "Courses");
        }
    }
}
